package io.kaidian.billing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Alipay signs the text of an answer's {@code <method>_response} member as it sent it
 * (ADR 0024): the verified content is cut from the answer exactly, whatever its strings
 * hold, never re-serialised.
 */
class AlipayResponseContentTests {

	@Test
	void R_FEE_2_theSignedMemberIsCutExactlyAsReceived() {
		String member = "{\"code\":\"10000\",\"sub_msg\":\"引号 \\\" 和 } 括号 {\",\"fund_bill_list\":[{\"amount\":\"1.00\"}]}";
		String body = "{ \"alipay_trade_query_response\" : " + member + ",\"sign\":\"c2lnbg==\"}";

		assertThat(AlipaySignature.responseContent(body, "alipay_trade_query_response")).isEqualTo(member);
	}

	@Test
	void R_FEE_2_anAnswerWithoutTheMemberOrCutShortHasNoContent() {
		assertThat(AlipaySignature.responseContent("{\"error_response\":{\"code\":\"40002\"}}",
				"alipay_trade_query_response"))
			.isNull();
		assertThat(AlipaySignature.responseContent("{\"alipay_trade_query_response\":{\"code\":\"10000\"",
				"alipay_trade_query_response"))
			.isNull();
		assertThat(AlipaySignature.responseContent("{\"alipay_trade_query_response\":\"x\"}",
				"alipay_trade_query_response"))
			.isNull();
	}

}
