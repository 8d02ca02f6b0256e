package io.anxin.kiosk.device.card.sim;

import javacard.framework.APDU;
import javacard.framework.Applet;
import javacard.framework.ISO7816;
import javacard.framework.ISOException;
import javacard.framework.Util;

/**
 * A Java Card applet (run by jCardSim) that answers like the social security application of
 * specs/social-security-card.md: SELECT by DDF name, SELECT EF05/EF06 ({@code 00 A4 02 00 02 EFxx}),
 * READ RECORD with P2 = 04 returning {@code <tag><len><value>} + 9000. A wrong Le gets 6Cxx; in
 * "protected" mode every READ RECORD in EF06 gets 6982.
 *
 * <p>Install parameters (the {@code bArray} given to jCardSim's {@code installApplet}) are
 * {@link CardImage#installParameters()}: one flags byte (bit 0 = EF06 protected), then records 01..0D
 * each as {@code <len><value>}.
 */
public final class SocialSecurityCardApplet extends Applet {

    static final byte FLAG_HOLDER_PROTECTED = 0x01;
    static final int RECORD_COUNT = 13;
    private static final byte INS_SELECT = (byte) 0xA4;
    private static final byte INS_READ_RECORD = (byte) 0xB2;
    private static final short SW_NO_CURRENT_EF = 0x6986;

    private final byte[][] records = new byte[RECORD_COUNT + 1][];
    private final boolean holderProtected;
    private byte currentFile;

    private SocialSecurityCardApplet(byte[] params, short offset, byte length) {
        short end = (short) (offset + (length & 0xFF));
        short pos = offset;
        holderProtected = (params[pos++] & FLAG_HOLDER_PROTECTED) != 0;
        for (short record = 1; record <= RECORD_COUNT; record++) {
            if (pos >= end) {
                ISOException.throwIt(ISO7816.SW_WRONG_DATA);
            }
            short recordLength = (short) (params[pos++] & 0xFF);
            if ((short) (pos + recordLength) > end) {
                ISOException.throwIt(ISO7816.SW_WRONG_DATA);
            }
            records[record] = new byte[recordLength];
            Util.arrayCopyNonAtomic(params, pos, records[record], (short) 0, recordLength);
            pos += recordLength;
        }
    }

    /** Called by jCardSim with the install parameters. */
    public static void install(byte[] bArray, short bOffset, byte bLength) {
        new SocialSecurityCardApplet(bArray, bOffset, bLength).register();
    }

    @Override
    public void process(APDU apdu) {
        byte[] buffer = apdu.getBuffer();
        if (selectingApplet()) {
            currentFile = 0;
            return;
        }
        if (buffer[ISO7816.OFFSET_CLA] != 0x00) {
            ISOException.throwIt(ISO7816.SW_CLA_NOT_SUPPORTED);
        }
        switch (buffer[ISO7816.OFFSET_INS]) {
            case INS_SELECT -> selectFile(apdu, buffer);
            case INS_READ_RECORD -> readRecord(apdu, buffer);
            default -> ISOException.throwIt(ISO7816.SW_INS_NOT_SUPPORTED);
        }
    }

    private void selectFile(APDU apdu, byte[] buffer) {
        if (buffer[ISO7816.OFFSET_P1] != 0x02 || buffer[ISO7816.OFFSET_P2] != 0x00) {
            ISOException.throwIt(ISO7816.SW_INCORRECT_P1P2);
        }
        short received = apdu.setIncomingAndReceive();
        if (received != 2) {
            ISOException.throwIt(ISO7816.SW_WRONG_LENGTH);
        }
        short fileId = Util.getShort(buffer, ISO7816.OFFSET_CDATA);
        if (fileId == (short) 0xEF05) {
            currentFile = 5;
        } else if (fileId == (short) 0xEF06) {
            currentFile = 6;
        } else {
            ISOException.throwIt(ISO7816.SW_FILE_NOT_FOUND);
        }
    }

    private void readRecord(APDU apdu, byte[] buffer) {
        if (buffer[ISO7816.OFFSET_P2] != 0x04) {
            ISOException.throwIt(ISO7816.SW_INCORRECT_P1P2);
        }
        short record = (short) (buffer[ISO7816.OFFSET_P1] & 0xFF);
        if (currentFile == 0) {
            ISOException.throwIt(SW_NO_CURRENT_EF);
        }
        boolean inFile = currentFile == 5 ? record >= 0x01 && record <= 0x07 : record >= 0x08 && record <= 0x0D;
        if (!inFile) {
            ISOException.throwIt(ISO7816.SW_RECORD_NOT_FOUND);
        }
        if (currentFile == 6 && holderProtected) {
            ISOException.throwIt(ISO7816.SW_SECURITY_STATUS_NOT_SATISFIED);
        }
        byte[] value = records[record];
        short responseLength = (short) (value.length + 2);
        short le = apdu.setOutgoing();
        if (le != responseLength) {
            ISOException.throwIt((short) (ISO7816.SW_CORRECT_LENGTH_00 | responseLength));
        }
        apdu.setOutgoingLength(responseLength);
        buffer[0] = (byte) record;
        buffer[1] = (byte) value.length;
        Util.arrayCopyNonAtomic(value, (short) 0, buffer, (short) 2, (short) value.length);
        apdu.sendBytes((short) 0, responseLength);
    }
}
