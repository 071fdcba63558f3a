import java.io.File;
import java.io.FileOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.util.List;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * Cuts the receipt font (ADR 0025) down to what receipts need: Latin, general and CJK
 * punctuation, currency signs, full-width forms, and the CJK unified ideographs of GBK
 * (all 20,902 of U+4E00..U+9FA5), which covers the names of Chinese enterprises and
 * businesses. Run from the repository root, after {@code ./mvnw dependency:resolve}:
 * <pre>
 * M=~/.m2/repository/org/apache/pdfbox
 * java -cp $M/fontbox/3.0.8/fontbox-3.0.8.jar:$M/pdfbox-io/3.0.8/pdfbox-io-3.0.8.jar:\
 *   $(ls ~/.m2/repository/commons-logging/commons-logging/1.3.5/*.jar) docs/tools/SubsetFont.java \
 *   NotoSansSC_400Regular.ttf src/main/resources/fonts/NotoSansSC-Regular-subset.ttf
 * </pre>
 * The input is {@code 400Regular/NotoSansSC_400Regular.ttf} of the npm package
 * {@code @expo-google-fonts/noto-sans-sc} 0.4.3 (TrueType outlines, SIL OFL 1.1).
 */
public class SubsetFont {

	public static void main(String[] args) throws Exception {
		TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(new File(args[0])));
		TTFSubsetter subset = new TTFSubsetter(font,
				List.of("head", "hhea", "maxp", "hmtx", "loca", "glyf", "cmap", "name", "OS/2", "post"));
		CharsetEncoder gbk = Charset.forName("GBK").newEncoder();
		int kept = 0;
		for (int cp = 0x20; cp <= 0xFFFF; cp++) {
			if (Character.isSurrogate((char) cp)) {
				continue;
			}
			boolean keep = cp < 0x250 || (cp >= 0x2000 && cp < 0x2070) || (cp >= 0x20A0 && cp < 0x20C0)
					|| (cp >= 0x3000 && cp < 0x3040) || (cp >= 0xFF00 && cp < 0xFFF0)
					|| (cp >= 0x4E00 && cp <= 0x9FFF && gbk.canEncode((char) cp));
			if (keep) {
				subset.add(cp);
				kept++;
			}
		}
		try (FileOutputStream out = new FileOutputStream(args[1])) {
			subset.writeToStream(out);
		}
		System.out.println(kept + " code points, " + new File(args[1]).length() + " bytes");
	}

}
