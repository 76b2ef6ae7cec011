package se.westum.consortium.archfixture.domain;

/** Bad: prints to the console. */
public final class PrintingPolicy {
  /** Prints. */
  public void assess(String reason) {
    System.out.println(reason);
  }
}
