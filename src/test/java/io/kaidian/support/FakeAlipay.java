package io.kaidian.support;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Alipay's open platform gateway over real HTTP (the JDK's server) for tests: it checks
 * that each request carries our application's RSA2 signature, keeps its own trades and
 * refunds, and answers {@code alipay.trade.query} and {@code alipay.trade.refund} as
 * Alipay documents them, signed with Alipay's key. A test can take it down, make it lose
 * its answers after acting, or make it sign with a key that is not Alipay's.
 */
public final class FakeAlipay {

	/** How the gateway behaves. */
	public enum Mode {

		/** answers as Alipay does */
		UP,

		/** answers 503 to everything, doing nothing */
		DOWN,

		/** acts on the request, then answers 503: the answer is lost */
		ANSWER_LOST,

		/** answers, signed with a key that is not Alipay's */
		FORGED

	}

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpServer server;

	private final PublicKey appKey;

	private final PrivateKey alipayKey;

	private final PrivateKey otherKey;

	private final Map<String, Trade> trades = new ConcurrentHashMap<>();

	private final Map<String, BigDecimal> refunds = new ConcurrentHashMap<>();

	private final List<Map<String, String>> requests = new CopyOnWriteArrayList<>();

	private volatile Mode mode = Mode.UP;

	FakeAlipay(PublicKey appKey, PrivateKey alipayKey, PrivateKey otherKey) {
		this.appKey = appKey;
		this.alipayKey = alipayKey;
		this.otherKey = otherKey;
		try {
			this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		this.server.createContext("/gateway.do", this::handle);
		this.server.setExecutor(Executors.newFixedThreadPool(4));
		this.server.start();
		Runtime.getRuntime().addShutdownHook(new Thread(() -> this.server.stop(0), "fake-alipay-stop"));
	}

	/** Its gateway URL. */
	public String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/gateway.do";
	}

	public void mode(Mode mode) {
		this.mode = mode;
	}

	/**
	 * The payer paid this trade on Alipay's page (whether or not a notification came).
	 */
	public void paid(String outTradeNo, String amount) {
		this.trades.put(outTradeNo, new Trade(new BigDecimal(amount), "TRADE_SUCCESS"));
	}

	/** The payer left this trade unpaid on Alipay's page. */
	public void waiting(String outTradeNo, String amount) {
		this.trades.put(outTradeNo, new Trade(new BigDecimal(amount), "WAIT_BUYER_PAY"));
	}

	/** How much Alipay really gave back of a trade. */
	public BigDecimal refunded(String outTradeNo) {
		return this.refunds.entrySet()
			.stream()
			.filter((e) -> e.getKey().startsWith(outTradeNo + "/"))
			.map(Map.Entry::getValue)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/** The requests of a method received so far (their parameters). */
	public List<Map<String, String>> requests(String method) {
		return this.requests.stream().filter((r) -> method.equals(r.get("method"))).toList();
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			if (!"POST".equals(exchange.getRequestMethod())) {
				// the payer's browser on the cashier page
				write(exchange, 200, "text/html", "<html><body>Alipay (test)</body></html>");
				return;
			}
			Map<String, String> parameters = form(
					new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
			this.requests.add(parameters);
			Mode now = this.mode;
			if (now == Mode.DOWN) {
				write(exchange, 503, "text/plain", "Service Unavailable");
				return;
			}
			String method = parameters.getOrDefault("method", "");
			Map<String, String> biz = bizContent(parameters.getOrDefault("biz_content", "{}"));
			Map<String, Object> answer;
			if (!TestAlipay.verify(TestAlipay.content(parameters, java.util.Set.of("sign")),
					parameters.getOrDefault("sign", ""), this.appKey)) {
				answer = failure("40002", "isv.invalid-signature", "验签出错");
			}
			else if (method.equals("alipay.trade.query")) {
				answer = query(biz);
			}
			else if (method.equals("alipay.trade.refund")) {
				answer = refund(biz);
			}
			else {
				answer = failure("40004", "isv.invalid-method", "不存在的方法名");
			}
			if (now == Mode.ANSWER_LOST) {
				write(exchange, 503, "text/plain", "Service Unavailable");
				return;
			}
			String content = JSON.writeValueAsString(answer);
			String sign = TestAlipay.sign(content, (now == Mode.FORGED) ? this.otherKey : this.alipayKey);
			String member = method.replace('.', '_') + "_response";
			write(exchange, 200, "application/json;charset=utf-8",
					"{\"" + member + "\":" + content + ",\"sign\":\"" + sign + "\"}");
		}
	}

	private Map<String, Object> query(Map<String, String> biz) {
		String outTradeNo = biz.getOrDefault("out_trade_no", "");
		Trade trade = this.trades.get(outTradeNo);
		if (trade == null) {
			return failure("40004", "ACQ.TRADE_NOT_EXIST", "交易不存在");
		}
		Map<String, Object> answer = success();
		answer.put("trade_no", "2026120322001" + Math.abs(outTradeNo.hashCode()));
		answer.put("out_trade_no", outTradeNo);
		answer.put("buyer_logon_id", "159****5620");
		answer.put("trade_status", trade.status());
		answer.put("total_amount", trade.amount().toPlainString());
		return answer;
	}

	private synchronized Map<String, Object> refund(Map<String, String> biz) {
		String outTradeNo = biz.getOrDefault("out_trade_no", "");
		Trade trade = this.trades.get(outTradeNo);
		if (trade == null) {
			return failure("40004", "ACQ.TRADE_NOT_EXIST", "交易不存在");
		}
		String key = outTradeNo + "/" + biz.getOrDefault("out_request_no", "");
		BigDecimal amount = new BigDecimal(biz.getOrDefault("refund_amount", "0"));
		BigDecimal earlier = this.refunds.get(key);
		boolean fundChange = earlier == null;
		if (earlier != null && earlier.compareTo(amount) != 0) {
			return failure("40004", "ACQ.REFUND_AMT_NOT_EQUAL_TOTAL", "退款金额超限");
		}
		if (earlier == null && refunded(outTradeNo).add(amount).compareTo(trade.amount()) > 0) {
			return failure("40004", "ACQ.REFUND_AMT_NOT_EQUAL_TOTAL", "退款金额超限");
		}
		this.refunds.putIfAbsent(key, amount);
		Map<String, Object> answer = success();
		answer.put("trade_no", "2026120322001" + Math.abs(outTradeNo.hashCode()));
		answer.put("out_trade_no", outTradeNo);
		answer.put("buyer_logon_id", "159****5620");
		answer.put("fund_change", fundChange ? "Y" : "N");
		answer.put("refund_fee", refunded(outTradeNo).toPlainString());
		return answer;
	}

	private static Map<String, Object> success() {
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("code", "10000");
		answer.put("msg", "Success");
		return answer;
	}

	private static Map<String, Object> failure(String code, String subCode, String subMsg) {
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("code", code);
		answer.put("msg", "Business Failed");
		answer.put("sub_code", subCode);
		answer.put("sub_msg", subMsg);
		return answer;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, String> bizContent(String json) {
		return JSON.readValue(json, Map.class);
	}

	private static Map<String, String> form(String body) {
		Map<String, String> parameters = new LinkedHashMap<>();
		for (String pair : body.split("&")) {
			String[] parts = pair.split("=", 2);
			if (parts.length == 2) {
				parameters.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
						URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
			}
		}
		return parameters;
	}

	private static void write(HttpExchange exchange, int status, String type, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", type);
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	private record Trade(BigDecimal amount, String status) {
	}

}
