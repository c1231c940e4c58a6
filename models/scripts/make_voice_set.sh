#!/usr/bin/env bash
# Makes moodbot's own synthetic voice notes (committed; rerun only to change them):
#  - bot-core/src/test/resources/voice-set/: English sentences with a clear mood and Korean sentences, spoken by
#    espeak-ng voices and encoded the way Discord (Ogg/Opus 48 kHz) and Slack (M4A/AAC, WebM/Opus) send them, plus
#    MP3; listed with their text and mood in voice-set.tsv.
#  - app/src/main/resources/moodbot/bench/voice-note-30s.ogg: a 30 s Discord-style note for `moodbot voice-bench`.
# Needs: apt-get install -y espeak-ng ffmpeg. Output is small (about 15 KB a note).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
out="$root/bot-core/src/test/resources/voice-set"
bench="$root/app/src/main/resources/moodbot/bench"
mkdir -p "$out" "$bench"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# id | espeak voice | format | mood | text
cat > "$tmp/list" <<'LIST'
en_joy_1|en-us|discord|joy|I just got the job, I am so happy and excited!
en_joy_2|en-gb+f3|slack_m4a|joy|This is the best day of my life, I love it!
en_joy_3|en-us+m3|slack_webm|joy|We won the game tonight, that was amazing!
en_sad_1|en-us+f2|discord|sadness|My dog died this morning and I miss him so much.
en_sad_2|en-gb|mp3|sadness|I feel so lonely and sad since she left.
en_sad_3|en-us|slack_m4a|sadness|I cried all night, everything feels hopeless.
en_anger_1|en-us+m3|discord|anger|I am so angry, they lied to me again!
en_anger_2|en-gb+m1|slack_webm|anger|This is outrageous, I hate how they treat us!
en_anger_3|en-us|mp3|anger|Stop wasting my time, I am furious with you!
en_fear_1|en-us+f3|discord|fear|I am really scared, there is someone outside my door.
en_fear_2|en-gb|slack_m4a|fear|I am terrified of the surgery tomorrow.
en_fear_3|en-us+m2|slack_webm|fear|I am so afraid that something bad will happen.
ko_joy_1|ko|discord|joy|오늘 정말 행복해요. 너무 기뻐요!
ko_sad_1|ko|slack_m4a|sadness|너무 슬퍼서 눈물이 나요.
ko_anger_1|ko|slack_webm|anger|정말 화가 나요. 왜 그랬어요?
ko_fear_1|ko|mp3|fear|너무 무서워요. 밖에 누가 있어요.
LIST

encode() { # wav, format, out-without-extension
  local common=(-nostdin -hide_banner -loglevel error -y -i "$1" -map_metadata -1 -fflags +bitexact -flags:a +bitexact -ac 1)
  case "$2" in
    discord)    ffmpeg "${common[@]}" -c:a libopus -b:a 32k -ar 48000 -f ogg "$3.ogg" ;;
    slack_m4a)  ffmpeg "${common[@]}" -c:a aac -b:a 64k -ar 44100 -f ipod "$3.m4a" ;;
    slack_webm) ffmpeg "${common[@]}" -c:a libopus -b:a 32k -ar 48000 -f webm "$3.webm" ;;
    mp3)        ffmpeg "${common[@]}" -c:a libmp3lame -b:a 64k -ar 44100 -f mp3 "$3.mp3" ;;
  esac
}

printf 'file\tlanguage\tmood\ttext\n' > "$out/voice-set.tsv"
rm -f "$out"/*.ogg "$out"/*.m4a "$out"/*.webm "$out"/*.mp3
while IFS='|' read -r id voice format mood text; do
  espeak-ng -v "$voice" -s 150 -w "$tmp/$id.wav" "$text"
  encode "$tmp/$id.wav" "$format" "$out/$id"
  file=$(cd "$out" && ls "$id".*)
  printf '%s\t%s\t%s\t%s\n' "$file" "${id%%_*}" "$mood" "$text" >> "$out/voice-set.tsv"
done < "$tmp/list"

# 30 s of English speech, as a Discord voice message.
espeak-ng -v en-us -s 150 -w "$tmp/long.wav" "I had such a long day today. The train was late again, and then the meeting ran \
over by an hour. But in the evening my friends came over, we cooked dinner together and laughed a lot. I think I \
feel much better now. Tomorrow I want to go for a walk in the park, listen to some music and just relax for a while. \
Maybe I will call my sister too, we have not talked in weeks and I really miss her. Anyway, thanks for listening."
ffmpeg -nostdin -hide_banner -loglevel error -y -stream_loop -1 -i "$tmp/long.wav" -t 30 -map_metadata -1 \
  -fflags +bitexact -flags:a +bitexact -ac 1 -c:a libopus -b:a 32k -ar 48000 -f ogg "$bench/voice-note-30s.ogg"
ls -l "$out" "$bench"
