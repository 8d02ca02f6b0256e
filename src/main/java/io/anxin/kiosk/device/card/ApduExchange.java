package io.anxin.kiosk.device.card;

import java.io.ByteArrayOutputStream;
import javax.smartcardio.CardChannel;
import javax.smartcardio.CardException;
import javax.smartcardio.CommandAPDU;
import javax.smartcardio.ResponseAPDU;

/**
 * Sends one logical command and follows the card's T=0 procedure words: 61xx is answered with
 * GET RESPONSE, 6Cxx by resending the command with the Le the card asked for. Both loops are bounded,
 * so a card that keeps asking cannot hang the reader thread. Channel failures become
 * {@link CardReadException}s. Not thread-safe.
 */
final class ApduExchange {

    /** Exchanges allowed for one logical command (first send included). */
    static final int MAX_EXCHANGES = 8;

    private final CardChannel channel;

    ApduExchange(CardChannel channel) {
        this.channel = channel;
    }

    /** The final response: data gathered over any GET RESPONSE chain, and the last status word. */
    ResponseAPDU transmit(CommandAPDU command) {
        CommandAPDU current = command;
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        int sw = 0;
        for (int exchange = 0; exchange < MAX_EXCHANGES; exchange++) {
            ResponseAPDU response = send(current, command);
            sw = response.getSW();
            int sw1 = response.getSW1();
            int length = response.getSW2() == 0 ? 256 : response.getSW2();
            if (sw1 == 0x61) {
                data.writeBytes(response.getData());
                current = new CommandAPDU(0x00, 0xC0, 0x00, 0x00, length);
            } else if (sw1 == 0x6C) {
                current = withLe(current, length);
            } else {
                data.writeBytes(response.getData());
                data.write(sw1);
                data.write(response.getSW2());
                return new ResponseAPDU(data.toByteArray());
            }
        }
        throw new CardReadException(CardFailure.CARD_ERROR, sw, "card still answered " + Hex.statusWord(sw)
                + " after " + MAX_EXCHANGES + " exchanges for command " + Hex.of(command.getBytes()));
    }

    private ResponseAPDU send(CommandAPDU apdu, CommandAPDU original) {
        ResponseAPDU response;
        try {
            response = channel.transmit(apdu);
        } catch (CardException | IllegalStateException e) {
            throw new CardReadException(CardFailure.CARD_REMOVED, 0,
                    "card lost during command " + Hex.of(original.getBytes()) + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new CardReadException(CardFailure.CARD_ERROR, 0,
                    "reader failed on command " + Hex.of(original.getBytes()) + ": " + e, e);
        }
        if (response == null) {
            throw new CardReadException(CardFailure.CARD_ERROR, 0,
                    "no response to command " + Hex.of(original.getBytes()));
        }
        return response;
    }

    private static CommandAPDU withLe(CommandAPDU command, int le) {
        return new CommandAPDU(command.getCLA(), command.getINS(), command.getP1(), command.getP2(),
                command.getData(), le);
    }
}
