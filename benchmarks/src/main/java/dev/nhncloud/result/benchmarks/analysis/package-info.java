/**
 * Where the time goes: variants between the library's floor and the SDK, each adding one piece
 * of what the SDK does (strict UTF-8 decoding, the Gson guard, building member names, the header
 * rules), to find what costs ratio. Not part of the suite {@code run.sh} runs; run them by name:
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar 'analysis.JacksonCosts' -f 1 -prof gc</pre>
 */
package dev.nhncloud.result.benchmarks.analysis;
