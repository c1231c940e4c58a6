#!/usr/bin/env bash
# Builds app/target/moodbot-VERSION-linux-x64.tar.gz from the shaded jar (run by `./mvnw -Pdist package`):
# a jlinked Java runtime, the jar, its native libraries and its built-in models unpacked beside it, bin/moodbot,
# the systemd unit, a sample config, LICENSE, README.md and CHANGELOG.md.
set -euo pipefail
target=$1      # app/target
version=$2     # the project version
platform=$3    # linux-x64
root=$(cd "$(dirname "$0")/../../.." && pwd)
name="moodbot-$version-$platform"
stage="$target/dist"
dist="$stage/$name"

java_major() { "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p'; }
# jlink links the runtime it belongs to: it must be a JDK 21 or newer, whatever Java runs Maven.
jdk=""
for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/*; do
  if [ -n "$candidate" ] && [ -x "$candidate/bin/jlink" ] && [ "$(java_major "$candidate")" -ge 21 ] 2>/dev/null; then
    jdk=$candidate
    break
  fi
done
if [ -z "$jdk" ]; then
  echo "dist: no JDK 21+ with jlink found (set JAVA_HOME to one)" >&2
  exit 1
fi

rm -rf "$stage"
mkdir -p "$dist/lib/native" "$dist/models" "$dist/config"

# The modules moodbot needs (jdeps over the shaded jar misses reflective uses, so the list is kept by hand):
# logging for JUL bridges, net.http and httpserver for the platforms and /metrics, sql and naming for logback and
# Jackson, desktop for javax.sound and PNG drawing, management for Micrometer's JVM metrics, crypto.ec for TLS,
# zipfs for reading the speech model out of the jar.
"$jdk/bin/jlink" --add-modules java.base,java.logging,java.net.http,java.sql,java.desktop,java.naming,java.management,jdk.management,jdk.unsupported,jdk.crypto.ec,jdk.httpserver,java.xml,java.scripting,jdk.zipfs \
  --strip-debug --no-header-files --no-man-pages --compress=zip-6 --output "$dist/runtime"

cp "$target/moodbot.jar" "$dist/lib/moodbot.jar"

# The native libraries of this platform, out of the jar once, so that no run unpacks them into the home folder.
unpack="$stage/unpack"
mkdir -p "$unpack"
(cd "$unpack" && "$jdk/bin/jar" xf "$dist/lib/moodbot.jar" ai/onnxruntime/native native/lib com/sun/jna org/bytedeco linux-x86-64 2>/dev/null || true)
find "$unpack" -type f \( -name '*.so' -o -name '*.so.*' \) -exec cp {} "$dist/lib/native/" \;
rm -rf "$unpack"

# The built-in models, unpacked by moodbot itself on its new runtime (a smoke test of the runtime too), then moved
# where bin/moodbot's -Dmoodbot.modelsDir finds them.
cache="$stage/cache"
XDG_CACHE_HOME="$stage/xdg" "$dist/runtime/bin/java" --enable-native-access=ALL-UNNAMED -Dmoodbot.cacheDir="$cache" \
  -jar "$dist/lib/moodbot.jar" analyze "Packaging moodbot went well" --json > "$stage/smoke.json" 2> "$stage/smoke.log" \
  || { cat "$stage/smoke.log" >&2; exit 1; }
grep -q '"status":"answered"' "$stage/smoke.json" || { cat "$stage/smoke.json" "$stage/smoke.log" >&2; exit 1; }
# A second of noise as a voice note (16 kHz mono WAV), so that what the voice path unpacks (the speech model) is
# unpacked here too.
{ printf 'RIFF\x24\x7d\x00\x00WAVEfmt \x10\x00\x00\x00\x01\x00\x01\x00\x80\x3e\x00\x00\x00\x7d\x00\x00\x02\x00\x10\x00data\x00\x7d\x00\x00'
  head -c 32000 /dev/urandom; } > "$stage/noise.wav"
XDG_CACHE_HOME="$stage/xdg" "$dist/runtime/bin/java" --enable-native-access=ALL-UNNAMED -Dmoodbot.cacheDir="$cache" \
  -jar "$dist/lib/moodbot.jar" analyze --voice "$stage/noise.wav" --json > "$stage/smoke.json" 2> "$stage/smoke.log" \
  || { cat "$stage/smoke.log" >&2; exit 1; }
grep -q '"status":"heard"\|"status":"answered"' "$stage/smoke.json" || { cat "$stage/smoke.json" "$stage/smoke.log" >&2; exit 1; }
cp -a "$cache/models/." "$dist/models/"
rm -rf "$cache" "$stage/xdg" "$stage/smoke.json" "$stage/smoke.log" "$stage/noise.wav"

# The native libraries are out of the jar now: drop them from the distribution's copy, where bin/moodbot's library
# paths leave them unused (zip's 12 = nothing matched, e.g. no Vosk yet).
zip -q -d "$dist/lib/moodbot.jar" 'ai/onnxruntime/native/*' 'native/lib/*/*' 'com/sun/jna/*/libjnidispatch*' \
  'org/bytedeco/*/*/*.so' 'org/bytedeco/*/*/*.so.*' '*/libvosk.*' > /dev/null || [ $? -eq 12 ]
# Likewise the speech model's files, now under models/: only its uuid, which names the folder to use, stays.
zip -q -d "$dist/lib/moodbot.jar" 'moodbot/stt/model-en-us/*/*' > /dev/null || [ $? -eq 12 ]

cp "$root/app/src/dist/bin" -r "$dist/"
chmod 755 "$dist/bin/moodbot"
cp "$root/app/src/dist/moodbot.service" "$dist/"
cp "$root/config/moodbot.yaml" "$dist/config/moodbot.yaml"
cp "$root/config/tracks.yaml" "$dist/config/tracks.yaml"
cp "$root/LICENSE" "$root/README.md" "$root/CHANGELOG.md" "$dist/"

tar -czf "$target/$name.tar.gz" -C "$stage" "$name"
echo "dist: $target/$name.tar.gz ($(du -h "$target/$name.tar.gz" | cut -f1))"
