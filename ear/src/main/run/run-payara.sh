#!/usr/bin/env bash
# Started by `./mvnw -Prun` (see ear/pom.xml): starts Payara Server with the TrustDesk EAR,
# follows its log in the foreground and stops the server on Ctrl+C.
# Arguments: <payara home> <ear file> <directory of the embedded H2 database>
set -euo pipefail

payara_home=$1
ear=$2
data_dir=$3
asadmin="$payara_home/bin/asadmin"
# A domain of its own: the integration tests use domain1 of the same installation, and neither
# must find the other's deployments.
domain=trustdesk-run
log="$payara_home/glassfish/domains/$domain/logs/server.log"

# Embedded H2 in a file outside target/, so a restart (even after `mvn clean`) keeps the data,
# unless the caller points TrustDesk at MySQL/MariaDB with the TRUSTDESK_DB_* variables.
if [ -z "${TRUSTDESK_DB_URL:-}" ]; then
    mkdir -p "$data_dir"
    export TRUSTDESK_DB_DATASOURCE_CLASS=org.h2.jdbcx.JdbcDataSource
    export TRUSTDESK_DB_USER=trustdesk TRUSTDESK_DB_PASSWORD=trustdesk
    export TRUSTDESK_DB_URL="jdbc:h2:file:$data_dir/trustdesk;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
fi
export TRUSTDESK_DEMO_DATA=${TRUSTDESK_DEMO_DATA:-true}
# The EAR ships no seller and no database password (a production start without them is refused):
# the demo sets a fictitious seller, each detail overridable by its variable. The same values as
# the integration tests' (ear/pom.xml).
export TRUSTDESK_SELLER_NAME=${TRUSTDESK_SELLER_NAME:-TrustDesk SAS}
export TRUSTDESK_SELLER_SIRET=${TRUSTDESK_SELLER_SIRET:-90487215700014}
export TRUSTDESK_SELLER_VAT=${TRUSTDESK_SELLER_VAT:-FR91904872157}
export TRUSTDESK_SELLER_ADDRESS_LINE1=${TRUSTDESK_SELLER_ADDRESS_LINE1:-12 rue de la Confiance}
export TRUSTDESK_SELLER_POSTAL_CODE=${TRUSTDESK_SELLER_POSTAL_CODE:-75002}
export TRUSTDESK_SELLER_CITY=${TRUSTDESK_SELLER_CITY:-Paris}
export TRUSTDESK_SELLER_COUNTRY=${TRUSTDESK_SELLER_COUNTRY:-FR}
export TRUSTDESK_SELLER_IBAN=${TRUSTDESK_SELLER_IBAN:-FR7630004012340001234567862}
export TRUSTDESK_SELLER_BIC=${TRUSTDESK_SELLER_BIC:-BNPAFRPPXXX}
export TRUSTDESK_SELLER_EMAIL=${TRUSTDESK_SELLER_EMAIL:-facturation@trustdesk.eu}
export TRUSTDESK_SELLER_LEGAL_INFO=${TRUSTDESK_SELLER_LEGAL_INFO:-SAS au capital de 50 000 EUR - RCS Paris 904 872 157}
base_url=${TRUSTDESK_BASE_URL:-http://localhost:8080/}

tail_pid=
stop() {
    trap - INT TERM EXIT
    [ -z "$tail_pid" ] || kill "$tail_pid" 2>/dev/null || true
    echo
    echo "Stopping Payara Server..."
    "$asadmin" stop-domain "$domain" >/dev/null 2>&1 || true
    exit 0
}
trap stop INT TERM EXIT

# A server left running by an earlier run that was killed would hold the ports.
if [ ! -d "$payara_home/glassfish/domains/$domain" ]; then
    "$asadmin" --user admin create-domain --nopassword=true "$domain"
fi
"$asadmin" stop-domain "$domain" >/dev/null 2>&1 || true
# No Server / X-Powered-By header naming Payara and its version (docs/OPERATIONS.md), whatever the
# order asadmin left the attributes in; idempotent.
sed -i '/<http [^>]*default-virtual-server="server"/{/xpowered-by=/!s|<http |<http xpowered-by="false" server-header="false" |}' \
    "$payara_home/glassfish/domains/$domain/config/domain.xml"
"$asadmin" start-domain "$domain"
touch "$log"
tail -n 0 -F "$log" &
tail_pid=$!
# The domain remembers the last deployment and reloads it at start; a fresh deploy of a newer
# build over a stale one can fail half-way, so the old one goes first.
"$asadmin" undeploy trustdesk >/dev/null 2>&1 || true
"$asadmin" deploy --name trustdesk "$ear"

cat <<BANNER

  ================================================================
   TrustDesk is running at $base_url
   Demo logins (password TrustDesk-demo-2026):
     customer@demo.trustdesk.eu     customer area (Italian)
     buyer@demo.trustdesk.eu        customer area (French)
     partner@demo.trustdesk.eu      partner area
     validator@demo.trustdesk.eu    console (validator)
     accountant@demo.trustdesk.eu   console (accountant)
     admin@demo.trustdesk.eu        console (administrator)
   Staff then type the code of an authenticator app holding the secret
     TRUSTDESKDEMOTOTPSECRETFORSTAFF2  (or: oathtool --totp -b TRUSTDESKDEMOTOTPSECRETFORSTAFF2)
   Database: ${TRUSTDESK_DB_URL%%;*}
   Press Ctrl+C to stop.
  ================================================================

BANNER
wait
