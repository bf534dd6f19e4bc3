/**
 * The conformance kit: every header rule as a case, run against a binding in every input form,
 * both reading modes, the binding's tree adapter, its data-binding hook and its one-pass reader;
 * plus JSONTestSuite, the provider's examples and mutations of the cases. A binding's test
 * extends {@link dev.nhncloud.result.conformance.ConformanceSuite} and supplies one
 * {@link dev.nhncloud.result.conformance.BindingUnderTest}; a binding written outside this
 * repository is held to the same cases by depending on {@code nhncloud-result-conformance}.
 */
package dev.nhncloud.result.conformance;
