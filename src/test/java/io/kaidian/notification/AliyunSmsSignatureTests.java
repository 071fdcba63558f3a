package io.kaidian.notification;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link AliyunSignature} against Alibaba Cloud's own worked examples: the RPC signature
 * mechanism's {@code DescribeRegions} request (AccessKey secret {@code testsecret}), and
 * the Short Message Service's {@code SendSms} request with a Chinese sign name (AccessKey
 * secret {@code testSecret}), both signed with {@code GET}.
 */
class AliyunSmsSignatureTests {

	@Test
	void theRpcSignatureExampleOfTheDocumentation() {
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("Timestamp", "2016-02-23T12:46:24Z");
		parameters.put("Format", "XML");
		parameters.put("AccessKeyId", "testid");
		parameters.put("Action", "DescribeRegions");
		parameters.put("SignatureMethod", "HMAC-SHA1");
		parameters.put("SignatureNonce", "3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf");
		parameters.put("Version", "2014-05-26");
		parameters.put("SignatureVersion", "1.0");

		assertThat(AliyunSignature.stringToSign("GET", parameters))
			.isEqualTo("GET&%2F&AccessKeyId%3Dtestid%26Action%3DDescribeRegions%26Format%3DXML"
					+ "%26SignatureMethod%3DHMAC-SHA1%26SignatureNonce%3D3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf"
					+ "%26SignatureVersion%3D1.0%26Timestamp%3D2016-02-23T12%253A46%253A24Z%26Version%3D2014-05-26");
		assertThat(AliyunSignature.sign("GET", parameters, "testsecret")).isEqualTo("OLeaidS1JvxuMvnyHOwuJ+uX5qY=");
	}

	@Test
	void theSendSmsSignatureExampleOfTheDocumentation() {
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("AccessKeyId", "testId");
		parameters.put("Timestamp", "2017-07-12T02:42:19Z");
		parameters.put("Format", "XML");
		parameters.put("SignatureMethod", "HMAC-SHA1");
		parameters.put("SignatureVersion", "1.0");
		parameters.put("SignatureNonce", "45e25e9b-0a6f-4070-8c85-2956eda1b466");
		parameters.put("Action", "SendSms");
		parameters.put("Version", "2017-05-25");
		parameters.put("RegionId", "cn-hangzhou");
		parameters.put("PhoneNumbers", "15300000001");
		parameters.put("SignName", "阿里云短信测试专用");
		parameters.put("TemplateParam", "{\"customer\":\"test\"}");
		parameters.put("TemplateCode", "SMS_71390007");
		parameters.put("OutId", "123");

		assertThat(AliyunSignature.canonicalizedQuery(parameters))
			.isEqualTo("AccessKeyId=testId&Action=SendSms&Format=XML&OutId=123&PhoneNumbers=15300000001"
					+ "&RegionId=cn-hangzhou&SignName=%E9%98%BF%E9%87%8C%E4%BA%91%E7%9F%AD%E4%BF%A1%E6%B5%8B%E8%AF%95"
					+ "%E4%B8%93%E7%94%A8&SignatureMethod=HMAC-SHA1&SignatureNonce=45e25e9b-0a6f-4070-8c85-2956eda1b466"
					+ "&SignatureVersion=1.0&TemplateCode=SMS_71390007&TemplateParam=%7B%22customer%22%3A%22test%22%7D"
					+ "&Timestamp=2017-07-12T02%3A42%3A19Z&Version=2017-05-25");
		assertThat(AliyunSignature.sign("GET", parameters, "testSecret")).isEqualTo("zJDF+Lrzhj/ThnlvIToysFRq6t4=");
	}

	@Test
	void aSignatureAmongTheParametersIsNotSigned() {
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("Action", "SendSms");
		String signature = AliyunSignature.sign("POST", parameters, "secret");

		parameters.put("Signature", signature);

		assertThat(AliyunSignature.sign("POST", parameters, "secret")).isEqualTo(signature);
		assertThat(AliyunSignature.sign("GET", parameters, "secret")).isNotEqualTo(signature);
	}

	@Test
	void percentEncodingFollowsRfc3986() {
		assertThat(AliyunSignature.percentEncode("a b")).isEqualTo("a%20b");
		assertThat(AliyunSignature.percentEncode("*")).isEqualTo("%2A");
		assertThat(AliyunSignature.percentEncode("~-_.AZaz09")).isEqualTo("~-_.AZaz09");
		assertThat(AliyunSignature.percentEncode("+/=&:")).isEqualTo("%2B%2F%3D%26%3A");
		assertThat(AliyunSignature.percentEncode("凯")).isEqualTo("%E5%87%AF");
	}

}
