package se.westum.consortium.jdbc;

/**
 * The needs-based training storage on H2, in memory: always.
 *
 * <p>Every assertion of the inherited contract (and of the adapter's own tests) runs against it.
 */
class H2TrainingStorageTest extends JdbcTrainingStorageTest {

  @Override
  Vendor vendor() {
    return Vendor.H2;
  }
}
