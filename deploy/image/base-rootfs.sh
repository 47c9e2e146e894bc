#!/usr/bin/env bash
# Assembles the base of the Watchkeeper container image without a registry: a Java runtime linked
# with jlink from the building JDK, and a minimal Debian userland unpacked from Debian's own
# packages (the way distroless images are built), plus the non-root user. Jib then adds the
# application on top (config/pom.xml, profile "image"; docs/deployment.md).
#
#   deploy/image/base-rootfs.sh OUT_DIR
#
# Writes OUT_DIR/rootfs. Environment:
#   JAVA_HOME              the JDK to link the runtime from (Maven passes the one it runs on)
#   WATCHKEEPER_DEB_CACHE  where downloaded .deb files are kept between builds
#                          (default ~/.cache/watchkeeper/image-debs)
# Packages come from `apt-get download` (no root needed); a package that cannot be downloaded
# (no apt lists on the machine) is taken from the files the host has installed, when it has it.
# An unchanged script, JDK and package set reuse OUT_DIR/rootfs as it is.
set -euo pipefail

if [ "$#" -ne 1 ]; then
  echo "usage: $0 OUT_DIR" >&2
  exit 2
fi
out="$1"
here="$(cd "$(dirname "$0")" && pwd)"
packages_file="$here/packages.txt"
modules_file="$here/java-modules.txt"
java_home="${JAVA_HOME:?JAVA_HOME must name the JDK to link the image runtime from}"
cache="${WATCHKEEPER_DEB_CACHE:-$HOME/.cache/watchkeeper/image-debs}"

for tool in dpkg-deb "$java_home/bin/jlink"; do
  if ! command -v "$tool" >/dev/null; then
    echo "error: $tool not found: the image base is built on Debian or Ubuntu with a full JDK" >&2
    exit 1
  fi
done

read_list() { grep -v '^[[:space:]]*\(#\|$\)' "$1"; }
packages=$(read_list "$packages_file")
modules=$(read_list "$modules_file" | paste -sd, -)

stamp_text="$(cat "$0" "$packages_file" "$modules_file"; cat "$java_home/release")"
stamp="$out/rootfs.stamp"
if [ -f "$stamp" ] && [ -d "$out/rootfs" ] && [ "$(cat "$stamp")" = "$stamp_text" ]; then
  echo "image base up to date: $out/rootfs"
  exit 0
fi

rm -rf "$out/rootfs" "$out/staging" "$stamp"
mkdir -p "$out/staging" "$cache"
staging="$out/staging"

# (a) Debian packages, downloaded once into the cache
host_arch=$(dpkg --print-architecture)
case "$host_arch" in
  amd64) triplet=x86_64-linux-gnu loader=/lib64/ld-linux-x86-64.so.2 ;;
  arm64) triplet=aarch64-linux-gnu loader=/lib/ld-linux-aarch64.so.1 ;;
  *)
    echo "error: the image base is made for amd64 and arm64, not $host_arch" >&2
    exit 1
    ;;
esac
# A machine without package lists (a fresh CI machine, a slim container) reads Debian's own into
# the cache, leaving the machine's apt state alone; no root needed.
private_apt=(-o "Dir::State::Lists=$cache/apt-lists" -o "Dir::Cache=$cache/apt-cache" -o Debug::NoLocking=1)
download() {
  (cd "$cache" && apt-get download -q "$1" >/dev/null 2>&1) && return 0
  if [ ! -d "$cache/apt-lists" ]; then
    mkdir -p "$cache/apt-lists/partial" "$cache/apt-cache/archives/partial"
    apt-get "${private_apt[@]}" update -q >/dev/null 2>&1 || true
  fi
  (cd "$cache" && apt-get "${private_apt[@]}" download -q "$1" >/dev/null 2>&1)
}
for package in $packages; do
  deb=$(find "$cache" -maxdepth 1 -name "${package}_*_${host_arch}.deb" -o -maxdepth 1 -name "${package}_*_all.deb" | sort | tail -n 1)
  if [ -z "$deb" ] && download "$package"; then
    deb=$(find "$cache" -maxdepth 1 -name "${package}_*_${host_arch}.deb" -o -maxdepth 1 -name "${package}_*_all.deb" | sort | tail -n 1)
  fi
  if [ -n "$deb" ]; then
    dpkg-deb -x "$deb" "$staging"
  elif dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
    echo "note: $package could not be downloaded; taking the host's installed copy" >&2
    dpkg-query -L "$package" | while IFS= read -r path; do
      if [ -f "$path" ] || [ -L "$path" ]; then
        mkdir -p "$staging$(dirname "$path")"
        cp -a "$path" "$staging$path"
      fi
    done
  else
    echo "error: Debian package $package can neither be downloaded (apt-get download) nor found installed (Debian's package archive unreachable?)" >&2
    exit 1
  fi
done

# (b) the Java runtime (its legal/ notices are links, resolved below)
if ! "$java_home/bin/jlink" \
  --add-modules "$modules" \
  --include-locales=en,ru,zh,es,pt,tr \
  --strip-debug --no-header-files --no-man-pages \
  --output "$staging/opt/java" 2>"$out/jlink.log"; then
  # A JDK that can link neither from jmods nor from itself (Debian's openjdk without the
  # openjdk-NN-jmods package): the whole JDK, its links into /etc resolved, goes in instead.
  echo "note: jlink failed ($(head -n 1 "$out/jlink.log")); copying the JDK at $java_home instead" >&2
  rm -rf "$staging/opt/java"
  mkdir -p "$staging/opt/java"
  # links with nothing behind them (Debian's lib/src.zip without the sources package) are left out
  cp -rL "$java_home/." "$staging/opt/java/" 2>"$out/copy.log" || true
  for needed in bin/java lib/modules lib/server/libjvm.so; do
    if [ ! -f "$staging/opt/java/$needed" ]; then
      echo "error: $java_home has no $needed to copy into the image: $(head -n 1 "$out/copy.log")" >&2
      exit 1
    fi
  done
  rm -rf "$staging/opt/java/jmods" "$staging/opt/java/include" "$staging/opt/java/man" \
    "$staging/opt/java/lib/src.zip" "$staging/opt/java/demo"
fi

# Jib copies files, not links: each link becomes a copy of what it points to inside the image
# (absolute targets resolved against the image's root, never the host's); links to folders
# (tzdata's posix/ and right/ aliases) and dangling ones are dropped.
resolve_links() {
  local changed=1 link target resolved
  while [ "$changed" -eq 1 ]; do
    changed=0
    while IFS= read -r -d '' link; do
      target=$(readlink "$link")
      case "$target" in
        /lib/* | /lib64/* | /bin/* | /sbin/*) resolved="$staging/usr$target" ;;
        /*) resolved="$staging$target" ;;
        *) resolved="$(dirname "$link")/$target" ;;
      esac
      if [ -L "$resolved" ]; then
        continue
      fi
      rm "$link"
      if [ -f "$resolved" ]; then
        cp "$resolved" "$link"
      fi
      changed=1
    done < <(find "$staging" -type l -print0)
  done
}
# merged /usr: the loader's path (/lib64) and /lib are links to usr/ in Debian's layout
for dir in lib lib64 bin sbin; do
  if [ -d "$staging/$dir" ] && [ ! -L "$staging/$dir" ]; then
    mkdir -p "$staging/usr/$dir"
    cp -a "$staging/$dir/." "$staging/usr/$dir/"
    rm -rf "${staging:?}/$dir"
  fi
done
# tzdata's leap-second variants: nothing in the image reads them
rm -rf "$staging/usr/share/zoneinfo/right"
resolve_links
# The loader's path is fixed in every binary; it finds libraries in /usr/lib/<triplet> by itself.
mkdir -p "$staging/$(dirname "$loader")" "$staging/bin"
cp "$staging/usr/lib/$triplet/$(basename "$loader")" "$staging$loader"
cp "$staging/usr/bin/busybox" "$staging/bin/"
rm -rf "$staging/usr/lib64"

# what the image does not need: documentation, manuals, locales, package scripts
rm -rf "$staging/usr/share/doc" "$staging/usr/share/man" "$staging/usr/share/info" \
  "$staging/usr/share/lintian" "$staging/usr/share/locale" "$staging/usr/sbin" "$staging/sbin" \
  "$staging/etc/init.d" "$staging/usr/lib/$triplet/gconv"

# the CA bundle the ca-certificates package would build at installation
mkdir -p "$staging/etc/ssl/certs"
find "$staging/usr/share/ca-certificates" -name '*.crt' -print0 | sort -z | xargs -0 cat >"$staging/etc/ssl/certs/ca-certificates.crt"

# the non-root user the image runs as (uid/gid 10001), and name service from files only
cat >"$staging/etc/passwd" <<'PASSWD'
root:x:0:0:root:/root:/sbin/nologin
nobody:x:65534:65534:nobody:/nonexistent:/sbin/nologin
watchkeeper:x:10001:10001:Watchkeeper:/home/watchkeeper:/sbin/nologin
PASSWD
cat >"$staging/etc/group" <<'GROUP'
root:x:0:
nogroup:x:65534:
watchkeeper:x:10001:
GROUP
echo 'hosts: files dns' >"$staging/etc/nsswitch.conf"
mkdir -p "$staging/tmp" "$staging/data" "$staging/home/watchkeeper" "$staging/root"

mv "$staging" "$out/rootfs"
printf '%s' "$stamp_text" >"$stamp"
echo "image base written: $out/rootfs ($(du -sh "$out/rootfs" | cut -f1))"
