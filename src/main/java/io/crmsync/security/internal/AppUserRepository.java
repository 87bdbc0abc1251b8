package io.crmsync.security.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.PagingAndSortingRepository;

public interface AppUserRepository
        extends ListCrudRepository<AppUser, Long>, PagingAndSortingRepository<AppUser, Long> {

    Optional<AppUser> findByUsername(String username);

    @Query("SELECT id FROM app_user WHERE role = 'ADMIN' AND enabled = TRUE FOR UPDATE")
    List<Long> lockActiveAdminIds();

    /**
     * Counts a failed sign-in in one statement, so that concurrent attempts are all counted.
     * MariaDB applies the assignments left to right: the lock is decided on the count before it is
     * reset.
     */
    @Modifying
    @Query(
            """
            UPDATE app_user
               SET locked_until = CASE WHEN failed_attempts + 1 >= :max THEN :lockUntil
                                       ELSE locked_until END,
                   failed_attempts = CASE WHEN failed_attempts + 1 >= :max THEN 0
                                          ELSE failed_attempts + 1 END,
                   version = version + 1
             WHERE username = :username
            """)
    int countFailedSignIn(String username, int max, Instant lockUntil);

    @Modifying
    @Query(
            """
            UPDATE app_user
               SET failed_attempts = 0, locked_until = NULL, last_login_at = :now,
                   version = version + 1
             WHERE username = :username
            """)
    int recordSuccessfulSignIn(String username, Instant now);
}
