package io.anxin.kiosk.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import io.anxin.kiosk.voice.EspeakNgEngine;
import io.anxin.kiosk.voice.SpeechException;
import io.anxin.kiosk.voice.SpeechNormalizer;
import io.anxin.kiosk.voice.VoiceSettings;
import io.anxin.kiosk.voice.WavAudio;
import io.anxin.kiosk.voice.WavPlayer;

/**
 * {@code kiosk speak TEXT [--out FILE.wav]}: says any text the way the kiosk would (same
 * normalisation, engine, voice and rate), to the speaker or into a WAV file.
 */
@Command(name = "speak", mixinStandardHelpOptions = true,
        description = "Say TEXT as the kiosk would: through the speaker, or into a WAV file with --out.")
public final class SpeakCommand implements Callable<Integer> {

    @Parameters(paramLabel = "TEXT", arity = "1..*", description = "what to say")
    String[] words;

    @Option(names = "--out", paramLabel = "FILE.wav", description = "write a WAV file instead of playing")
    Path out;

    @Option(names = "--locale", paramLabel = "zh_CN|en", description = "language (default zh_CN)")
    String locale = "zh_CN";

    @Option(names = "--show-text", description = "also print the text after normalisation")
    boolean showText;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Locale loc = switch (locale) {
            case "zh_CN" -> Locale.SIMPLIFIED_CHINESE;
            case "en" -> Locale.ENGLISH;
            default -> null;
        };
        if (loc == null) {
            spec.commandLine().getErr().println("kiosk speak: --locale must be zh_CN or en, not " + locale);
            return ExitCodes.USAGE;
        }
        String text = new SpeechNormalizer().normalize(String.join(" ", words), loc);
        if (showText) {
            spec.commandLine().getOut().println(text);
        }
        EspeakNgEngine engine = new EspeakNgEngine();
        if (!engine.availability().available()) {
            spec.commandLine().getErr().println("kiosk speak: " + engine.availability().detail());
            return ExitCodes.UNAVAILABLE;
        }
        WavAudio audio;
        try {
            audio = engine.synthesize(text, loc, VoiceSettings.defaults().rateFor(loc));
        } catch (SpeechException e) {
            spec.commandLine().getErr().println("kiosk speak: synthesis failed: " + e.getMessage());
            return ExitCodes.FAILED;
        }
        if (out != null) {
            Files.write(out, audio.toWavBytes());
            spec.commandLine().getOut().printf("wrote %s (%.2f s)%n", out, audio.duration().toMillis() / 1000.0);
            return ExitCodes.OK;
        }
        try (WavPlayer player = new WavPlayer()) {
            player.setVolume(VoiceSettings.DEFAULT_VOLUME);
            player.play(audio, () -> true);
            Thread.sleep(audio.duration().plus(Duration.ofMillis(400)).toMillis());
            if (player.problem().isPresent()) {
                spec.commandLine().getErr().println("kiosk speak: cannot play: " + player.problem().get());
                return ExitCodes.UNAVAILABLE;
            }
        }
        spec.commandLine().getOut().printf("said %.2f s of speech%n", audio.duration().toMillis() / 1000.0);
        return ExitCodes.OK;
    }
}
