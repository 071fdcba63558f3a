package io.kaidian.platform.text;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one text policy (ADR 0020): what each kind of field may hold, and which kind a
 * field is by its name.
 */
class TextPolicyTests {

	@Test
	void plainTextOfEveryScriptIsClean() {
		for (TextKind kind : TextKind.values()) {
			assertThat(TextPolicy.check("王小明 Wang Xiaoming-O'Neil, 文一西路 969 号 #3 & Co. 😀", kind)).isEmpty();
		}
	}

	@Test
	void controlCharactersAreRefusedEverywhereButLineBreaksInFreeText() {
		for (String text : new String[] { "a\u0000b", "a\u0007b", "a\u001Bb", "a\u007Fb", "a\u0085b", "a\u009Fb",
				"a\u2028b" }) {
			for (TextKind kind : TextKind.values()) {
				assertThat(TextPolicy.check(text, kind)).as(kind + " " + text).contains("TEXT_CONTROL_CHARACTER");
			}
		}
		assertThat(TextPolicy.check("first line\r\n\tsecond", TextKind.MULTI_LINE)).isEmpty();
		assertThat(TextPolicy.check("first line\nsecond", TextKind.LINE)).contains("TEXT_CONTROL_CHARACTER");
		assertThat(TextPolicy.check("first line\nsecond", TextKind.NAME)).contains("TEXT_CONTROL_CHARACTER");
	}

	@Test
	void bidiOverridesAndIsolatesAreRefusedEverywhere() {
		for (int c : new int[] { 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069 }) {
			for (TextKind kind : TextKind.values()) {
				assertThat(TextPolicy.check("invoice" + Character.toString(c) + "fdp.exe", kind))
					.contains("TEXT_BIDI_OVERRIDE");
			}
		}
	}

	@Test
	void invisibleCharactersAreRefusedInNamesAndAddressesOnly() {
		for (int c : new int[] { 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x2060, 0xFEFF, 0x00AD, 0xE0041 }) {
			String text = "Wang" + Character.toString(c) + "Xiaoming";
			assertThat(TextPolicy.check(text, TextKind.NAME)).as(Integer.toHexString(c)).contains("TEXT_ZERO_WIDTH");
			assertThat(TextPolicy.check(text, TextKind.ADDRESS)).contains("TEXT_ZERO_WIDTH");
			assertThat(TextPolicy.check(text, TextKind.LINE)).isEmpty();
		}
	}

	@Test
	void markupIsRefusedInNamesAndAddressesOnly() {
		for (String text : new String[] { "<script>alert(1)</script>", "Tea <b>shop</b>", "x>y", "Tea &lt;shop",
				"&#60;img&#62;", "&#x3c;" }) {
			assertThat(TextPolicy.check(text, TextKind.NAME)).as(text).contains("TEXT_MARKUP");
			assertThat(TextPolicy.check(text, TextKind.ADDRESS)).as(text).contains("TEXT_MARKUP");
			assertThat(TextPolicy.check(text, TextKind.MULTI_LINE)).as(text).isEmpty();
		}
		assertThat(TextPolicy.check("Smith & Sons", TextKind.NAME)).isEmpty();
	}

	@Test
	void brokenUnicodeIsRefused() {
		assertThat(TextPolicy.check("a\uD800b", TextKind.LINE)).contains("TEXT_INVALID_CHARACTER");
		assertThat(TextPolicy.check("a\uDC00", TextKind.LINE)).contains("TEXT_INVALID_CHARACTER");
		assertThat(TextPolicy.check("a\uFFFF", TextKind.MULTI_LINE)).contains("TEXT_INVALID_CHARACTER");
		assertThat(TextPolicy.check("a\uD83F\uDFFF", TextKind.LINE)).contains("TEXT_INVALID_CHARACTER");
	}

	@Test
	void fieldsAreClassifiedByName() {
		assertThat(TextFields.kindOf("companyName")).isEqualTo(TextKind.NAME);
		assertThat(TextFields.kindOf("brands[0].name")).isEqualTo(TextKind.NAME);
		assertThat(TextFields.kindOf("brands[3].owner")).isEqualTo(TextKind.NAME);
		assertThat(TextFields.kindOf("nameZh")).isEqualTo(TextKind.NAME);
		assertThat(TextFields.kindOf("address.line1")).isEqualTo(TextKind.ADDRESS);
		assertThat(TextFields.kindOf("address.anything")).isEqualTo(TextKind.ADDRESS);
		assertThat(TextFields.kindOf("postalCode")).isEqualTo(TextKind.ADDRESS);
		assertThat(TextFields.kindOf("reasons[0].message")).isEqualTo(TextKind.MULTI_LINE);
		assertThat(TextFields.kindOf("notes[DATA|WRONG]")).isEqualTo(TextKind.MULTI_LINE);
		assertThat(TextFields.kindOf("howToFixZh")).isEqualTo(TextKind.MULTI_LINE);
		assertThat(TextFields.kindOf("email")).isEqualTo(TextKind.LINE);
		assertThat(TextFields.kindOf("username")).isEqualTo(TextKind.LINE);
		assertThat(TextFields.kindOf("categories[0]")).isEqualTo(TextKind.LINE);
		assertThat(Optional.of(TextFields.kindOf(""))).contains(TextKind.LINE);
	}

}
