#!/bin/bash
# Runs once, when the PostgreSQL volume is first initialised: one database per service.
# Each service creates its own tables with Flyway on start.
set -euo pipefail

for database in contacts segments exports deliveries notifications; do
    psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
        -c "CREATE DATABASE $database"
done
