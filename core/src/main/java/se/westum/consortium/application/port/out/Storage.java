package se.westum.consortium.application.port.out;

/**
 * The outbound ports a storage adapter supplies together, so an embedder can hand them to the core
 * in one piece: {@code Consortium.builder().storage(JdbcAdapter.create(dataSource))}.
 */
public interface Storage {

  /** The members. */
  Members members();

  /** The annual fees. */
  AnnualFees annualFees();

  /** The fee payments. */
  Payments payments();

  /** The unit of work spanning the ports above. */
  Transactions transactions();
}
