/**
 * The nightly {@code consolidate} job, and the only home of Spring Batch besides the command line that
 * starts it: the job's one configuration (reference → discover → stage → review → publish → report →
 * feedback), the typed run parameters, the reader that streams each submission's rows, the processor
 * that maps and validates them, the listener that keeps the run log, and the coordinator that
 * recovers and restarts an interrupted run.
 *
 * <p>It wires the layers below and may import every package of the project but {@code cli}; only
 * {@code cli} may import it.
 */
package vn.backan.ocop.job;
