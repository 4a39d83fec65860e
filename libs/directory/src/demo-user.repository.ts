import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** A seeded demo user as the development sign-in page lists them. */
export interface DemoUserRow {
  email: string;
  displayName: string;
  organisation: string;
  roles: string[];
}

/** The demo users the seed made (subject `demo|<email>`): for the development sign-in only. */
@Injectable()
export class DemoUserRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  listActive(): Promise<DemoUserRow[]> {
    return this.dataSource.query(
      `SELECT u.email, u.display_name AS "displayName", o.name AS organisation, u.roles
         FROM app_user u JOIN organisation o ON o.id = u.organisation_id
        WHERE u.subject LIKE 'demo|%' AND u.active
        ORDER BY o.name, u.email`,
    );
  }

  async findActiveSubject(email: string): Promise<string | undefined> {
    const [user]: { subject: string }[] = await this.dataSource.query(
      `SELECT subject FROM app_user WHERE lower(email) = lower($1) AND subject LIKE 'demo|%' AND active`,
      [email],
    );
    return user?.subject;
  }
}
