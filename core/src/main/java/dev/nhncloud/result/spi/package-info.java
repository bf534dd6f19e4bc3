/**
 * The service provider interface: what a binding implements to plug a JSON library into the
 * SDK, and nothing else. {@link dev.nhncloud.result.spi.JsonBackend} opens the library's parser;
 * {@link dev.nhncloud.result.spi.JsonCursor} shows its tokens; {@link dev.nhncloud.result.spi.TreeModel}
 * shows its tree. Core's engine (the header rules, the input forms and their encoding, the limits,
 * the tree walk, the messages) is not part of it: a binding reaches it through
 * {@link dev.nhncloud.result.HeaderReaders} and {@link dev.nhncloud.result.HeaderBinding}.
 *
 * <p>The conformance kit ({@code nhncloud-result-conformance}) checks a binding against every rule.
 */
package dev.nhncloud.result.spi;
