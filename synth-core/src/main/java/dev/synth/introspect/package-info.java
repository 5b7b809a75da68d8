/**
 * Introspection: reads a live database's schema into the records of {@link dev.synth.schema}.
 * jOOQ's meta readers and parser are used here and nowhere else; nothing outside this package sees
 * a jOOQ type.
 *
 * <pre>{@code
 * Schema schema = SchemaReader.read(connection, "PUBLIC");
 * }</pre>
 */
package dev.synth.introspect;
