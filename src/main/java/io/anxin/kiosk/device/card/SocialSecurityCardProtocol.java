package io.anxin.kiosk.device.card;

import java.time.LocalDate;
import java.util.Arrays;
import javax.smartcardio.CardChannel;
import javax.smartcardio.CommandAPDU;
import javax.smartcardio.ResponseAPDU;

/**
 * Reads the public records of a social security card over an open channel, exactly as
 * specs/social-security-card.md describes: SELECT the SSSE application by name, SELECT EF05 and read
 * records 01..07, SELECT EF06 and read records 08..0D.
 *
 * <p>Threads: not thread-safe; one reader thread calls it for one channel at a time. Stateless, so
 * different channels may be read on different threads.
 */
public final class SocialSecurityCardProtocol {

    /** DDF name "sx1.sh." followed by 社会保障 in GBK. */
    private static final byte[] SSSE_NAME = Hex.parse("7378312E73682EC9E7BBE1B1A3D5CF");
    private static final byte[] EF05 = {(byte) 0xEF, 0x05};
    private static final byte[] EF06 = {(byte) 0xEF, 0x06};
    /** Value length of each record, indexed by record number 1..13. */
    private static final int[] RECORD_LENGTHS = {0, 16, 1, 4, 12, 4, 4, 9, 18, 30, 1, 1, 3, 4};
    static final int SW_OK = 0x9000;
    static final int SW_FILE_NOT_FOUND = 0x6A82;
    static final int SW_NO_APPLET = 0x6999;
    static final int SW_SECURITY_NOT_SATISFIED = 0x6982;

    private SocialSecurityCardProtocol() {
    }

    /** Value length of record {@code record} (1..13), without the two header bytes. */
    static int recordLength(int record) {
        return RECORD_LENGTHS[record];
    }

    /**
     * Reads the card on {@code channel}, judging "birth date in the future" against the system clock.
     *
     * @throws CardReadException for every failure, with its {@link CardFailure} kind
     */
    public static SocialSecurityCard read(CardChannel channel) {
        return read(channel, LocalDate.now());
    }

    /** As {@link #read(CardChannel)}, with today's date given. */
    public static SocialSecurityCard read(CardChannel channel, LocalDate today) {
        ApduExchange exchange = new ApduExchange(channel);
        CommandAPDU selectApp = new CommandAPDU(0x00, 0xA4, 0x04, 0x00, SSSE_NAME);
        ResponseAPDU answer = exchange.transmit(selectApp);
        if (answer.getSW() == SW_FILE_NOT_FOUND || answer.getSW() == SW_NO_APPLET) {
            throw new CardReadException(CardFailure.NOT_SOCIAL_SECURITY_CARD, answer.getSW(),
                    "no social security application on the card (SW " + Hex.statusWord(answer.getSW()) + ")");
        }
        requireOk(answer, selectApp);

        byte[][] values = new byte[RECORD_LENGTHS.length][];
        selectFile(exchange, EF05);
        for (int record = 0x01; record <= 0x07; record++) {
            values[record] = readRecord(exchange, record);
        }
        selectFile(exchange, EF06);
        for (int record = 0x08; record <= 0x0D; record++) {
            values[record] = readRecord(exchange, record);
        }
        return CardRecordDecoder.decode(values, today);
    }

    private static void selectFile(ApduExchange exchange, byte[] fileId) {
        CommandAPDU select = new CommandAPDU(0x00, 0xA4, 0x02, 0x00, fileId);
        requireOk(exchange.transmit(select), select);
    }

    private static byte[] readRecord(ApduExchange exchange, int record) {
        int length = RECORD_LENGTHS[record];
        CommandAPDU read = new CommandAPDU(0x00, 0xB2, record, 0x04, length + 2);
        ResponseAPDU answer = exchange.transmit(read);
        requireOk(answer, read);
        byte[] data = answer.getData();
        String name = CardRecordDecoder.recordName(record);
        if (data.length < 2) {
            throw CardReadException.invalid("record " + name + " has no header (" + data.length + " bytes)");
        }
        if ((data[0] & 0xFF) != record) {
            throw CardReadException.invalid("record " + name + " came back with tag "
                    + CardRecordDecoder.recordName(data[0] & 0xFF));
        }
        if ((data[1] & 0xFF) != length || data.length != length + 2) {
            throw CardReadException.invalid("record " + name + " should hold " + length + " bytes, header says "
                    + (data[1] & 0xFF) + " and " + (data.length - 2) + " came");
        }
        return Arrays.copyOfRange(data, 2, data.length);
    }

    private static void requireOk(ResponseAPDU answer, CommandAPDU command) {
        int sw = answer.getSW();
        if (sw == SW_OK) {
            return;
        }
        if (sw == SW_SECURITY_NOT_SATISFIED) {
            throw new CardReadException(CardFailure.DATA_PROTECTED, sw,
                    "card data protected (SW 6982) on command " + Hex.of(command.getBytes()));
        }
        throw new CardReadException(CardFailure.CARD_ERROR, sw,
                "card answered SW " + Hex.statusWord(sw) + " to command " + Hex.of(command.getBytes()));
    }
}
