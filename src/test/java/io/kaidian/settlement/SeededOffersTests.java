package io.kaidian.settlement;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import io.kaidian.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The offers a fresh installation starts with: a realistic marketplace (R-APP-2, R-APP-4,
 * R-FEE-1).
 */
class SeededOffersTests extends IntegrationTest {

	@Autowired
	Offers offers;

	@Test
	void atLeastEightScopesEachWithThreeToEightCategoriesAndFeesInCny() {
		assertThat(this.offers.scopes()).hasSizeGreaterThanOrEqualTo(8);
		for (BusinessScope scope : this.offers.scopes()) {
			assertThat(scope.categories()).as(scope.code()).hasSizeBetween(3, 8);
			assertThat(scope.deposit().currency()).isEqualTo("CNY");
			assertThat(scope.annualFee(SalesPlan.BASIC).amount()).isGreaterThan(BigDecimal.ZERO);
			assertThat(scope.annualFee(SalesPlan.STANDARD).currency()).isEqualTo("CNY");
			assertThat(scope.storeTypes()).isNotEmpty();
		}
		BusinessScope apparel = this.offers.scope("APPAREL").orElseThrow();
		assertThat(apparel.category("underwear").orElseThrow().allowsNoBrand()).isFalse();
		assertThat(apparel.category("childrens-clothing").orElseThrow().requiresQualification()).isTrue();
		assertThat(apparel.offers(StoreType.GENERAL)).isTrue();
		assertThat(this.offers.scope("CONSUMER_ELECTRONICS").orElseThrow().offers(StoreType.GENERAL)).isFalse();
	}

	@Test
	void basicAndStandardPlansWithProductLimitsAndTheIndividualBusinessUpgradeConditionsRApp2() {
		assertThat(this.offers.plan(SalesPlan.BASIC).productLimit()).isEqualTo(300);
		assertThat(this.offers.plan(SalesPlan.BASIC).individualBusinessAllowed()).isTrue();
		PlanTerms standard = this.offers.plan(SalesPlan.STANDARD);
		assertThat(standard.productLimit()).isEqualTo(3000);
		assertThat(standard.individualBusinessAllowed()).isFalse();
		assertThat(standard.upgrade()).isNotNull();
		assertThat(standard.upgrade().minMonthsOnBasic()).isEqualTo(3);
	}

}
