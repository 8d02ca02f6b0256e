package io.anxin.kiosk.app;

import java.nio.file.Path;

import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.TimeBasedRollingPolicy;

/**
 * Points logging at {@code <data.dir>/logs/kiosk.log}, rolled daily and kept 30 days, with ID
 * numbers masked in every message. Called once the data folder is known; until then only warnings
 * reach standard error (logback.xml).
 */
public final class LogSetup {

    private static final String PATTERN = "%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{24} - %maskedMsg%n%ex{12}";

    private LogSetup() {
    }

    public static void toDataFolder(Path logDir, java.time.ZoneId zone) {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        @SuppressWarnings("unchecked")
        java.util.Map<String, String> registry = (java.util.Map<String, String>) context
                .getObject(ch.qos.logback.core.CoreConstants.PATTERN_RULE_REGISTRY);
        if (registry == null) {
            registry = new java.util.HashMap<>();
            context.putObject(ch.qos.logback.core.CoreConstants.PATTERN_RULE_REGISTRY, registry);
        }
        registry.put("maskedMsg", MaskingMessageConverter.class.getName());

        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN.replace("%d{yyyy-MM-dd HH:mm:ss.SSS}", "%d{yyyy-MM-dd HH:mm:ss.SSS," + zone.getId() + "}"));
        encoder.setCharset(java.nio.charset.StandardCharsets.UTF_8);
        encoder.start();

        RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
        file.setContext(context);
        file.setName("kiosk-file");
        file.setFile(logDir.resolve("kiosk.log").toString());
        TimeBasedRollingPolicy<ILoggingEvent> policy = new TimeBasedRollingPolicy<>();
        policy.setContext(context);
        policy.setParent(file);
        policy.setFileNamePattern(logDir.resolve("kiosk.%d{yyyy-MM-dd," + zone.getId() + "}.log").toString());
        policy.setMaxHistory(30);
        policy.start();
        file.setRollingPolicy(policy);
        file.setEncoder(encoder);
        file.start();

        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.detachAppender("kiosk-file");
        root.addAppender(file);
        root.setLevel(Level.INFO);
    }
}
