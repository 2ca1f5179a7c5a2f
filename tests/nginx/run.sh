#!/bin/sh
# Serves dist/ with the shipped nginx configuration (deploy/nginx) on a
# loopback port, in the foreground, for the end-to-end suite:
#   sh tests/nginx/run.sh 4173
set -eu
port="${1:-4173}"
repo="$(cd "$(dirname "$0")/../.." && pwd)"
prefix="$(mktemp -d /tmp/bp-nginx.XXXXXX)"
mkdir -p "$prefix/conf/budapest-process" "$prefix/tmp" "$prefix/logs"
cp "$repo"/deploy/nginx/*.conf "$prefix/conf/budapest-process/"
module=/usr/lib/nginx/modules/ngx_http_brotli_static_module.so
cat > "$prefix/conf/nginx.conf" <<CONF
daemon off;
pid $prefix/nginx.pid;
error_log $prefix/logs/error.log warn;
$( [ -f "$module" ] && echo "load_module $module;" )
events {}
http {
    include /etc/nginx/mime.types;
    # BP_ACCESS_LOG=file logs each request's end time, duration, status,
    # bytes and path there (bench/offline.mjs counts what reached the server).
    log_format bench '\$msec \$request_time \$status \$bytes_sent \$request_uri';
    access_log ${BP_ACCESS_LOG:-off}$( [ -n "${BP_ACCESS_LOG:-}" ] && echo " bench" );
    client_body_temp_path $prefix/tmp/body;
    proxy_temp_path $prefix/tmp/proxy;
    fastcgi_temp_path $prefix/tmp/fastcgi;
    uwsgi_temp_path $prefix/tmp/uwsgi;
    scgi_temp_path $prefix/tmp/scgi;
    include $prefix/conf/budapest-process/map.conf;
    server {
        listen 127.0.0.1:$port;
        root $repo/dist;
        include $prefix/conf/budapest-process/locations.conf;
    }
}
CONF
[ -f "$module" ] || sed -i '/brotli_static/d' "$prefix/conf/budapest-process/locations.conf"
echo "nginx on http://127.0.0.1:$port (config in $prefix/conf)"
exec nginx -p "$prefix" -c "$prefix/conf/nginx.conf"
