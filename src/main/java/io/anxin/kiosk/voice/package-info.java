/**
 * The kiosk's own voice (no JavaFX here: this layer sits below the UI).
 *
 * <p>How a prompt is heard: {@link io.anxin.kiosk.voice.KioskVoice} takes a
 * {@link io.anxin.kiosk.voice.Prompt} on any thread and hands it to its synthesis thread;
 * {@link io.anxin.kiosk.voice.PromptRenderer} finds a recorded clip
 * ({@link io.anxin.kiosk.voice.RecordedClips}), or resolves the words
 * ({@link io.anxin.kiosk.voice.PromptCatalog}), normalises them
 * ({@link io.anxin.kiosk.voice.SpeechNormalizer}) and takes them from the disk cache
 * ({@link io.anxin.kiosk.voice.SpeechCache}, static prompts only) or the engine
 * ({@link io.anxin.kiosk.voice.SpeechEngine}, today {@link io.anxin.kiosk.voice.EspeakNgEngine});
 * {@link io.anxin.kiosk.voice.WavPlayer} plays the audio on its own thread.
 *
 * <p>Privacy: prompt arguments and texts are never logged; prompts with arguments and private
 * entries are synthesized in memory and never written to disk.
 *
 * <p>Doubles: {@link io.anxin.kiosk.voice.RecordingVoice} for UI tests,
 * {@link io.anxin.kiosk.voice.LoggingVoice} to log prompt keys (around a real voice or silent).
 */
package io.anxin.kiosk.voice;
