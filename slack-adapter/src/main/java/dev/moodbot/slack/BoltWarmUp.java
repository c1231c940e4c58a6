package dev.moodbot.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.socket_mode.request.SocketModeRequest;
import com.slack.api.bolt.socket_mode.request.SocketModeRequestParser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a few envelopes that moodbot's handlers ignore through the app before it connects. A cold JVM spends most
 * of a second loading and binding Bolt's event classes on the first event (a file share alone binds ~150 fields),
 * and that second would otherwise come out of the first real envelope's acknowledgement.
 */
final class BoltWarmUp {
    private static final Logger log = LoggerFactory.getLogger(BoltWarmUp.class);

    /** Not a DM, and not from a person: every handler returns its ack without doing anything. */
    private static final String FILE_SHARE_IN_CHANNEL = """
            {"envelope_id":"warm-up-1","type":"events_api","accepts_response_payload":false,"retry_attempt":0,
             "payload":{"type":"event_callback","team_id":"T0","api_app_id":"A0","event_id":"Ev0WARMUP1",
              "event":{"type":"message","subtype":"file_share","channel_type":"channel","channel":"C0","ts":"0.1",
               "user":"U0","text":"","files":[{"id":"F0","name":"a.m4a","mimetype":"audio/mp4","subtype":"slack_audio",
                "size":1,"url_private_download":"https://files.slack.com/x","transcription":{"status":"none"}}]}}}""";
    private static final String MESSAGE_IN_CHANNEL = """
            {"envelope_id":"warm-up-2","type":"events_api","accepts_response_payload":false,"retry_attempt":0,
             "payload":{"type":"event_callback","team_id":"T0","api_app_id":"A0","event_id":"Ev0WARMUP2",
              "event":{"type":"message","channel_type":"channel","channel":"C0","ts":"0.2","user":"U0","text":"x"}}}""";
    private static final String MENTION_FROM_A_BOT = """
            {"envelope_id":"warm-up-3","type":"events_api","accepts_response_payload":false,"retry_attempt":0,
             "payload":{"type":"event_callback","team_id":"T0","api_app_id":"A0","event_id":"Ev0WARMUP3",
              "event":{"type":"app_mention","channel":"C0","ts":"0.3","bot_id":"B0WARMUP","text":"<@U0> x"}}}""";

    /** A click on a track button: acknowledged and nothing else. */
    private static final String TRACK_CLICK = """
            {"envelope_id":"warm-up-4","type":"interactive","accepts_response_payload":false,
             "payload":{"type":"block_actions","api_app_id":"A0","trigger_id":"0","team":{"id":"T0"},
              "user":{"id":"U0","team_id":"T0"},"actions":[{"type":"button","action_id":"moodbot-track-0",
               "block_id":"b0","action_ts":"0.4"}]}}""";
    /** Parsed only: run, it would be answered. */
    private static final String COMMAND = """
            {"envelope_id":"warm-up-5","type":"slash_commands","accepts_response_payload":true,
             "payload":{"team_id":"T0","channel_id":"C0","user_id":"U0","command":"/mood","text":"x",
              "api_app_id":"A0","response_url":"https://hooks.slack.com/commands/T0/0/x","trigger_id":"0"}}""";

    private BoltWarmUp() {}

    static void run(App app) {
        long start = System.nanoTime();
        SocketModeRequestParser parser = new SocketModeRequestParser(app.config());
        try {
            parser.parse(COMMAND);
        } catch (RuntimeException e) {
            log.debug("warming up Bolt's command parsing failed", e);
        }
        for (String envelope : new String[] {FILE_SHARE_IN_CHANNEL, MESSAGE_IN_CHANNEL, MENTION_FROM_A_BOT,
            TRACK_CLICK}) {
            try {
                SocketModeRequest request = parser.parse(envelope);
                app.run(request.getBoltRequest());
            } catch (Exception e) {
                // Only a warm-up: the real envelopes work without it, a little slower the first time.
                log.debug("warming up Bolt failed", e);
            }
        }
        log.debug("warmed up Bolt's event handling in {} ms", (System.nanoTime() - start) / 1_000_000);
    }
}
