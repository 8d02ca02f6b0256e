package io.anxin.kiosk.app;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import io.anxin.kiosk.domain.PersonalData;

/** Log message with anything shaped like an ID number masked: the last line of defence. */
public final class MaskingMessageConverter extends MessageConverter {

    @Override
    public String convert(ILoggingEvent event) {
        return PersonalData.maskIdNumbers(super.convert(event));
    }
}
