/**
 * JMH benchmarks of the renderers on the corpus made by {@code benchmarks/gen_corpus.py} (see {@code Corpus}). Not
 * published. Build with {@code mvn -pl benchmarks -am package -DskipTests}, run with {@code java -jar
 * benchmarks/target/benchmarks.jar}; see {@code benchmarks/README.md}.
 */
package dev.carepress.benchmarks;
