/**
 * The command line, the program's entry point ({@link vn.backan.ocop.cli.Cli#main}): the commands
 * {@code consolidate}, {@code restart}, {@code status} and {@code template}, their options checked
 * before Spring starts, the run lock taken before the database is opened, the log file, the one-line
 * failure on stderr with the exit status the operator's cron reads, and the relaunch in a UTF-8 JVM
 * for Vietnamese file names. Start-up: Flyway starts only when the schema is behind the build
 * ({@code SchemaCheck}), {@code status} and {@code template} do without Spring, and {@code CdsTraining}
 * is the training run of {@code bin/ocop}'s class data sharing archive.
 *
 * <p>The very top of the layering: it may import every package of the project (it starts
 * {@link vn.backan.ocop.OcopApplication} and calls {@code job}, reads {@code warehouse} for
 * {@code status}, writes a {@code template}), and no package may import it.
 */
package vn.backan.ocop.cli;
