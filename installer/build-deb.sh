#!/usr/bin/env bash
# Builds target/installer/anxin-kiosk_<version>_amd64.deb with jpackage: the program, a trimmed Java
# runtime, the default configuration and the service files. Needs JDK 17 (jpackage), fakeroot and
# dpkg-deb (Debian packages fakeroot, dpkg-dev). Installs to /opt/anxin-kiosk; see installer/README.md.
set -euo pipefail
home=$(cd "$(dirname "$0")/.." && pwd)
cd "$home"
version=$(mvn -q -B -Dstyle.color=never help:evaluate -Dexpression=project.version -DforceStdout 2>/dev/null | sed -e 's/\x1b\[[0-9;]*m//g' -e 's/-SNAPSHOT//')
mvn -q -B -DskipTests package

# Everything in --input lands in /opt/anxin-kiosk/lib/app (JDK 17's jpackage has no --app-content).
input=target/jpackage-input
rm -rf "$input" target/installer
mkdir -p "$input/installer"
cp target/anxin-kiosk.jar "$input/"
cp target/lib/*.jar "$input/"
cp -r kiosk-config "$input/kiosk-config"
cp installer/files/* installer/README.md "$input/installer/"

# jdeps finds most modules; jdk.charsets (GBK names on the card), jdk.localedata (Chinese formats),
# jdk.crypto.ec and java.net.http (TLS to the central server) it cannot see.
modules=java.base,java.compiler,java.desktop,java.instrument,java.logging,java.management,java.naming,java.net.http
modules+=,java.rmi,java.scripting,java.smartcardio,java.sql,java.xml,jdk.charsets,jdk.crypto.ec,jdk.jfr,jdk.localedata
modules+=,jdk.net,jdk.unsupported

jpackage --type deb --dest target/installer \
  --name anxin-kiosk --app-version "$version" \
  --vendor "Anxin Kiosk" --description "安心医保自助终端 medical-insurance self-service kiosk" \
  --input "$input" --main-jar anxin-kiosk.jar --main-class io.anxin.kiosk.KioskMain \
  --add-modules "$modules" --jlink-options "--strip-debug --no-header-files --no-man-pages" \
  --java-options "-XX:TieredStopAtLevel=1 -Xss512k -XX:+UseSerialGC -Xms32m -Xmx768m" \
  --java-options "--add-opens=java.smartcardio/sun.security.smartcardio=ALL-UNNAMED" \
  --java-options "-Danxin.home=\$APPDIR" \
  --linux-package-name anxin-kiosk --linux-app-category misc \
  --linux-package-deps "libgtk-3-0, libasound2, espeak-ng, pcscd, libpcsclite1"
ls -la target/installer
