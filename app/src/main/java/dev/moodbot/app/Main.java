package dev.moodbot.app;

import dev.moodbot.app.config.ConfigLoader;
import dev.moodbot.app.config.MoodbotConfig;
import dev.moodbot.app.config.RuntimeDirs;
import dev.moodbot.core.config.ConfigException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** moodbot's command line. With no command it runs the bot. */
@Command(name = "moodbot", mixinStandardHelpOptions = true, version = "moodbot 0.1.0",
        description = "Reads the mood of a message or voice note and answers with a score and music that fits it.",
        subcommands = {RunCommand.class, AnalyzeCommand.class, EvalCommand.class, TrainHeadCommand.class,
            TrainKoreanCommand.class,
            VoiceBenchCommand.class, EvalSttCommand.class, BenchCommand.class, HistoryCommand.class,
            ForgetCommand.class, FeedbackCommand.class, HistoryBenchCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Callable<Integer> {
    /** Exit code for a configuration that cannot be used. */
    static final int CONFIG_ERROR = 2;

    @Option(names = {"-c", "--config"}, scope = CommandLine.ScopeType.INHERIT,
            description = "YAML config file (default: $MOODBOT_CONFIG, else config/moodbot.yaml when present).")
    Path config;

    final Map<String, String> env;
    final InputStream in;
    final PrintWriter out;
    final PrintWriter err;

    Main(Map<String, String> env, InputStream in, PrintWriter out, PrintWriter err) {
        this.env = env;
        this.in = in;
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        // Before any library loads: they read these properties once, when their classes initialise.
        RuntimeDirs.of(System.getenv(), System.getProperties()).applyTo(System.getProperties());
        TempLeftovers leftovers = TempLeftovers.ofThisProcess();
        Runtime.getRuntime().addShutdownHook(new Thread(leftovers::remove, "moodbot-temp-cleanup"));
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int code = execute(args, System.getenv(), System.in, out, err);
        // Commands may print without a final newline; autoflush only acts on println.
        out.flush();
        err.flush();
        System.exit(code);
    }

    static int execute(String[] args, Map<String, String> env, InputStream in, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new Main(env, in, out, err));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof ConfigException bad) {
                cmd.getErr().println("moodbot: configuration error: " + bad.getMessage());
                return CONFIG_ERROR;
            }
            if (e instanceof PlatformUnavailableException down) {
                cmd.getErr().println("moodbot: " + down.getMessage());
                return PlatformUnavailableException.EXIT_CODE;
            }
            throw e;
        });
        return commandLine.execute(args);
    }

    MoodbotConfig loadConfig() {
        return new ConfigLoader(env).load(Optional.ofNullable(config));
    }

    @Override
    public Integer call() {
        return new RunCommand(this).call();
    }
}
