package io.anxin.kiosk.app;

import java.nio.file.Path;
import java.util.Locale;

import io.anxin.kiosk.voice.EspeakNgEngine;
import io.anxin.kiosk.voice.KioskVoice;
import io.anxin.kiosk.voice.PromptCatalog;
import io.anxin.kiosk.voice.PromptRenderer;
import io.anxin.kiosk.voice.RecordedClips;
import io.anxin.kiosk.voice.SpeechCache;
import io.anxin.kiosk.voice.SpeechNormalizer;
import io.anxin.kiosk.voice.VoiceSettings;
import io.anxin.kiosk.voice.WavPlayer;

/** Builds the kiosk's voice: recorded clips first, espeak-ng otherwise, cached in the data folder. */
final class VoiceFactory {

    private VoiceFactory() {
    }

    static PromptCatalog catalog() {
        return new PromptCatalog(PromptCatalog.KIOSK_BUNDLE);
    }

    static PromptRenderer renderer(PromptCatalog catalog, Path cacheDir, Path assetsDir) {
        return new PromptRenderer(catalog, new SpeechNormalizer(), new EspeakNgEngine(),
                new SpeechCache(cacheDir.resolve("voice")), new RecordedClips(assetsDir));
    }

    static KioskVoice kioskVoice(KioskConfig config, PromptCatalog catalog) {
        return kioskVoice(config, catalog, config.cacheDir());
    }

    /** The voice with its speech cache in {@code cacheDir} (a clerk or display process has its own). */
    static KioskVoice kioskVoice(KioskConfig config, PromptCatalog catalog, Path cacheDir) {
        PromptRenderer renderer = renderer(catalog, cacheDir, AppHome.assets());
        Locale locale = config.locale();
        return new KioskVoice(renderer, new WavPlayer(), new VoiceSettings(locale, VoiceSettings.DEFAULT_VOLUME,
                VoiceSettings.DEFAULT_CHINESE_RATE, VoiceSettings.DEFAULT_OTHER_RATE));
    }
}
