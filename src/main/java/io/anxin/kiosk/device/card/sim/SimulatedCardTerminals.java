package io.anxin.kiosk.device.card.sim;

import com.licel.jcardsim.smartcardio.CardSimulator;
import com.licel.jcardsim.smartcardio.CardTerminalSimulator;
import com.licel.jcardsim.utils.AIDUtil;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import javacard.framework.AID;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.CardTerminals;
import javax.smartcardio.TerminalFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One simulated PC/SC reader backed by jCardSim, reached through the real {@code javax.smartcardio}
 * API ({@link TerminalFactory} type {@code CardTerminalSimulator}). A demo or a test "inserts" a card,
 * which installs {@link SocialSecurityCardApplet} with that card's data on a fresh simulated card,
 * and "removes" it again.
 *
 * <p>The jCardSim provider is handed to {@link TerminalFactory#getInstance(String, Object,
 * java.security.Provider)} directly, so nothing is registered JVM-wide. The reader list is fixed
 * (jCardSim has no hot-plug).
 *
 * <p>Threads: {@link #insert}, {@link #remove} and friends may be called from any thread; a reader
 * thread may use the terminal meanwhile (pulling a card mid-read makes its channel throw
 * {@code IllegalStateException("Card was removed")}, like a real pull).
 */
public final class SimulatedCardTerminals {

    public static final String DEFAULT_READER_NAME = "Anxin Simulated Reader 0";
    /** DDF name of the social security application: "sx1.sh." + 社会保障 in GBK. */
    static final String SSSE_AID_HEX = "7378312E73682EC9E7BBE1B1A3D5CF";
    private static final Logger LOG = LoggerFactory.getLogger(SimulatedCardTerminals.class);

    private final String readerName;
    private final CardTerminals terminals;
    private final CardTerminal terminal;
    private final CardTerminal jcardsimTerminal;
    private CardSimulator inserted;

    public SimulatedCardTerminals() {
        this(DEFAULT_READER_NAME);
    }

    public SimulatedCardTerminals(String readerName) {
        this.readerName = Objects.requireNonNull(readerName, "readerName");
        try {
            TerminalFactory factory = TerminalFactory.getInstance("CardTerminalSimulator", readerName,
                    new CardTerminalSimulator.SecurityProvider());
            this.jcardsimTerminal = factory.terminals().getTerminal(readerName);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("jCardSim terminal provider is missing from the class path", e);
        }
        GuardedTerminal guarded = new GuardedTerminal(jcardsimTerminal, this, () -> inserted != null);
        this.terminal = guarded;
        this.terminals = new GuardedTerminal.Terminals(guarded, this);
    }

    public String readerName() {
        return readerName;
    }

    /** The simulated terminal list, for {@code CardReaders} in demo mode. */
    public CardTerminals terminals() {
        return terminals;
    }

    public CardTerminal terminal() {
        return terminal;
    }

    /** Inserts a well-formed card for {@code holder}, replacing any card in the reader. */
    public void insert(DemoCardholder holder) {
        insert(CardImage.of(holder));
    }

    /** Inserts a card holding exactly {@code image}, replacing any card in the reader. */
    public synchronized void insert(CardImage image) {
        byte[] params = image.installParameters();
        if (params.length > 255) {
            throw new IllegalArgumentException("card image too large for the applet's install parameters");
        }
        CardSimulator card = new CardSimulator();
        AID aid = AIDUtil.create(HexFormat.of().parseHex(SSSE_AID_HEX));
        card.installApplet(aid, SocialSecurityCardApplet.class, params, (short) 0, (byte) params.length);
        put(card);
    }

    /** Inserts a Java Card with no social security application (like a bank card): SELECT answers 6999. */
    public synchronized void insertCardWithoutApplication() {
        put(new CardSimulator());
    }

    /** Pulls the card out; nothing happens when the reader is empty. */
    public synchronized void remove() {
        if (inserted != null) {
            // jCardSim's assignToTerminal(null) empties the reader but leaves the old card connected;
            // assigning another card first makes jCardSim eject it, so an open channel then throws
            // IllegalStateException("Card was removed") as a real pull would.
            CardSimulator placeholder = new CardSimulator();
            placeholder.assignToTerminal(jcardsimTerminal);
            placeholder.assignToTerminal(null);
            inserted = null;
            notifyAll();
            LOG.info("simulated card removed from {}", readerName);
        }
    }

    public synchronized boolean isCardPresent() {
        return inserted != null;
    }

    private void put(CardSimulator card) {
        remove();
        card.assignToTerminal(jcardsimTerminal);
        inserted = card;
        notifyAll();
        LOG.info("simulated card inserted into {}", readerName);
    }
}
