#!/usr/bin/env bash
# Moves the Jakarta Batch job repository of a Payara domain into TrustDesk's MySQL/MariaDB database
# (see docs/OPERATIONS.md, "Batch job repository"). Run by the integration-test build on domain1
# before Arquillian starts it; the same commands serve in production.
#
# Arguments: <payara home> <domain> <db host> <db port> <database> <db user> <db password>
# The MySQL Connector/J jar must already be in <domain>/lib (a server-level pool cannot see the
# EAR's copy). Idempotent: a domain already pointing at this database is left alone.
set -euo pipefail

payara_home=$1 domain=$2 host=$3 port=$4 database=$5 user=$6 password=$7
asadmin="$payara_home/bin/asadmin"
domain_xml="$payara_home/glassfish/domains/$domain/config/domain.xml"
pool=trustdesk-batch-pool
resource=jdbc/trustdesk-batch

if grep -qF "\"$resource\"" "$domain_xml" && grep -qF "schema-name=\"$database\"" "$domain_xml" \
        && grep -q "data-source-lookup-name=\"$resource\"" "$domain_xml"; then
    echo "Batch job repository of $domain already in $database"
    exit 0
fi

echo "Batch job repository of $domain -> $host:$port/$database"
"$asadmin" stop-domain "$domain" >/dev/null 2>&1 || true
"$asadmin" start-domain "$domain"
trap '"$asadmin" stop-domain "$domain" >/dev/null 2>&1 || true' EXIT
"$asadmin" delete-jdbc-resource "$resource" >/dev/null 2>&1 || true
"$asadmin" delete-jdbc-connection-pool "$pool" >/dev/null 2>&1 || true
# XA: a chunk transaction writes both the application's (non-XA) data source and the repository;
# with one non-XA resource the transaction manager commits it last (STACK.md, two non-XA fail).
"$asadmin" create-jdbc-connection-pool \
    --datasourceclassname com.mysql.cj.jdbc.MysqlXADataSource --restype javax.sql.XADataSource \
    --steadypoolsize 2 --maxpoolsize 16 \
    --isconnectvalidatereq true --validationmethod auto-commit \
    --property "serverName=$host:portNumber=$port:databaseName=$database:user=$user:password=$password:useSSL=false:allowPublicKeyRetrieval=true:characterEncoding=UTF-8" \
    "$pool"
"$asadmin" create-jdbc-resource --connectionpoolid "$pool" "$resource"
"$asadmin" ping-connection-pool "$pool"
"$asadmin" set-batch-runtime-configuration --datasourcelookupname "$resource"
# the repository's tables are looked up in this schema (default APP, which MySQL refuses)
"$asadmin" set "configs.config.server-config.batch-runtime-configuration.schema-name=$database"
