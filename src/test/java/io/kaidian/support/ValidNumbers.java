package io.kaidian.support;

import java.time.LocalDate;
import java.util.Random;

/**
 * Valid resident ID numbers and credit codes for tests, computed from their standards.
 */
public final class ValidNumbers {

	private static final int[] ID_WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final String USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final int[] USCC_WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	private static final int[] ORG_WEIGHTS = { 3, 7, 9, 10, 5, 8, 4, 2 };

	private ValidNumbers() {
	}

	/** A valid ID number of Beijing's Dongcheng district (110101) for the given seed. */
	public static String idNumber(long seed) {
		Random random = new Random(seed);
		LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(random.nextInt(365 * 40));
		String body = "110101" + birth.toString().replace("-", "") + String.format("%03d", random.nextInt(1000));
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (body.charAt(i) - '0') * ID_WEIGHTS[i];
		}
		int check = (12 - sum % 11) % 11;
		return body + (check == 10 ? "X" : Integer.toString(check));
	}

	/** A valid credit code of a Beijing enterprise (91 110000 …) for the given seed. */
	public static String creditCode(long seed) {
		Random random = new Random(seed);
		StringBuilder org = new StringBuilder();
		for (int i = 0; i < 8; i++) {
			org.append(random.nextInt(10));
		}
		int orgSum = 0;
		for (int i = 0; i < 8; i++) {
			orgSum += (org.charAt(i) - '0') * ORG_WEIGHTS[i];
		}
		int orgCheck = 11 - orgSum % 11;
		org.append(orgCheck == 10 ? 'X' : orgCheck == 11 ? '0' : (char) ('0' + orgCheck));
		String body = "91110000" + org;
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += USCC_ALPHABET.indexOf(body.charAt(i)) * USCC_WEIGHTS[i];
		}
		int check = 31 - sum % 31;
		return body + USCC_ALPHABET.charAt(check == 31 ? 0 : check);
	}

}
