package io.kaidian.account;

import java.util.Optional;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber;

/**
 * Phone numbers as libphonenumber understands them, kept in E.164 form
 * ({@code +8613800138000}). A number without a country code is read as a mainland number.
 */
final class PhoneNumbers {

	private static final PhoneNumberUtil util = PhoneNumberUtil.getInstance();

	private PhoneNumbers() {
	}

	/**
	 * A valid mobile number in E.164; for mainland sellers it must be a mainland mobile
	 * (R-REG-2).
	 */
	static Optional<String> mobile(String raw, boolean mainlandOnly) {
		try {
			Phonenumber.PhoneNumber number = util.parse(raw.strip(), "CN");
			if (!util.isValidNumber(number)) {
				return Optional.empty();
			}
			PhoneNumberType type = util.getNumberType(number);
			if (type != PhoneNumberType.MOBILE && type != PhoneNumberType.FIXED_LINE_OR_MOBILE) {
				return Optional.empty();
			}
			if (mainlandOnly && !"CN".equals(util.getRegionCodeForNumber(number))) {
				return Optional.empty();
			}
			return Optional.of(util.format(number, PhoneNumberUtil.PhoneNumberFormat.E164));
		}
		catch (NumberParseException ex) {
			return Optional.empty();
		}
	}

}
