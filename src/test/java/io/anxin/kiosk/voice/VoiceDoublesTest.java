package io.anxin.kiosk.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class VoiceDoublesTest {

    @Test
    void recordingVoiceRecordsCallsAndForgetsAtReset() {
        RecordingVoice voice = new RecordingVoice(Locale.SIMPLIFIED_CHINESE, 80);
        voice.speak(Prompt.of("prompt.home"));
        voice.enqueue(Prompt.of("prompt.hint"));
        voice.repeat();
        voice.setVolume(120);
        voice.cancel();

        assertThat(voice.events()).extracting(RecordingVoice.Event::type).containsExactly(
                RecordingVoice.Type.SPEAK, RecordingVoice.Type.ENQUEUE, RecordingVoice.Type.REPEAT,
                RecordingVoice.Type.SET_VOLUME, RecordingVoice.Type.CANCEL);
        assertThat(voice.events().get(2).key()).isEqualTo("prompt.home");
        assertThat(voice.spokenKeys()).containsExactly("prompt.home");
        assertThat(voice.volume()).isEqualTo(100);
        assertThat(voice.lastRepeatPrompt()).isEqualTo(Prompt.of("prompt.home"));

        voice.setLocale(Locale.ENGLISH);
        voice.resetSession();
        assertThat(voice.lastRepeatPrompt()).isNull();
        assertThat(voice.volume()).isEqualTo(80);
        assertThat(voice.locale()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(voice.events().get(voice.events().size() - 1).toString()).isEqualTo("RESET_SESSION");
    }

    @Test
    void recordingVoiceEventTextNeverShowsArguments() {
        RecordingVoice voice = new RecordingVoice();
        voice.speak(Prompt.of("prompt.greet.name", "王秀英"));
        assertThat(voice.events().toString()).contains("prompt.greet.name").doesNotContain("王秀英");
    }

    @Test
    void loggingVoicePassesCallsOn() {
        RecordingVoice inner = new RecordingVoice();
        LoggingVoice voice = new LoggingVoice(inner);
        voice.speak(Prompt.of("prompt.greet.name", "王秀英"));
        voice.setVolume(40);
        voice.setSpeechRate(70);
        voice.enqueueChime();
        voice.resetSession();
        assertThat(inner.events()).extracting(RecordingVoice.Event::type).containsExactly(
                RecordingVoice.Type.SPEAK, RecordingVoice.Type.SET_VOLUME, RecordingVoice.Type.SET_SPEECH_RATE,
                RecordingVoice.Type.CHIME, RecordingVoice.Type.RESET_SESSION);
        assertThat(inner.events().get(3).toString()).isEqualTo("CHIME");
    }

    @Test
    void silentLoggingVoiceKeepsVolumeAndSaysItIsSilent() {
        LoggingVoice voice = new LoggingVoice();
        voice.setVolume(35);
        assertThat(voice.volume()).isEqualTo(35);
        voice.resetSession();
        assertThat(voice.volume()).isEqualTo(VoiceSettings.DEFAULT_VOLUME);
        assertThat(voice.status().state()).isEqualTo(VoiceStatus.State.SILENT);
    }
}
