/**
 * Core's engine, not exported: the header rules ({@link dev.nhncloud.result.engine.HeaderRules}),
 * the streaming reader, the tree walk, the text and byte sources with their encoding checks and
 * read sizes, and the wording of every failure. Each rule is decided here, in one place; bindings
 * reach it only through the API ({@link dev.nhncloud.result.HeaderReaders},
 * {@link dev.nhncloud.result.HeaderBinding}) and supply only what the SPI asks of them.
 */
package dev.nhncloud.result.engine;
