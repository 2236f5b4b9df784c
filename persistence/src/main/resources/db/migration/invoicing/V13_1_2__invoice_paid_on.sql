-- An invoice issued for an order already paid says when the money arrived (and that nothing is due).
ALTER TABLE invoice ADD COLUMN paid_on DATE NULL;
