package dev.report;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Tries of the properties it is added to: the system property {@code fuzz.tries} when set (the
 * {@code soak} profile sets it), else each property's own {@code tries}. Seeds are left as they
 * are: a soak run with the same tries is repeatable.
 */
public final class FuzzTries implements AroundPropertyHook {
  /** The system property that overrides the tries. */
  public static final String PROPERTY = "fuzz.tries";

  @Override
  public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context,
      PropertyExecutor property) {
    String tries = System.getProperty(PROPERTY, "").strip();
    if (!tries.isEmpty()) {
      int n;
      try {
        n = Integer.parseInt(tries);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(PROPERTY + " must be a whole number, not '" + tries + "'", e);
      }
      if (n < 1) {
        throw new IllegalArgumentException(PROPERTY + " must be at least 1, not " + n);
      }
      context.attributes().setTries(n);
    }
    return property.execute();
  }
}
