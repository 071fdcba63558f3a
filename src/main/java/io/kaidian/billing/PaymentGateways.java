package io.kaidian.billing;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

/** The gateway adapters there are, by provider name. */
@Component
class PaymentGateways {

	private final List<PaymentGateway> gateways;

	PaymentGateways(List<PaymentGateway> gateways) {
		this.gateways = List.copyOf(gateways);
	}

	/** The gateway of that provider, whether configured or not. */
	Optional<PaymentGateway> find(String provider) {
		return this.gateways.stream().filter((g) -> g.provider().equals(provider)).findFirst();
	}

	/** The gateway of that provider if it may take payments. */
	Optional<PaymentGateway> available(String provider) {
		return find(provider).filter(PaymentGateway::available);
	}

}
