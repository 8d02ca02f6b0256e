package io.anxin.kiosk.device.print;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;

/** QR codes of acceptance numbers, as module matrices (ZXing) for the renderer to scale. Stateless. */
final class QrCodes {

    private QrCodes() {
    }

    /** One bit per module, no quiet zone (the renderer leaves at least four modules of white around it). */
    static BitMatrix modules(String content) {
        try {
            return new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.MARGIN, 0,
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
        } catch (WriterException e) {
            throw new PrinterException(PrinterFailure.FAILED, "QR code cannot be made for " + content, e);
        }
    }
}
