import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditEventEntity } from './audit-event.entity';
import { AuditResolver } from './audit.resolver';
import { AuditEventRepository } from './audit-event.repository';
import { AuditService } from './audit.service';

export const AUDIT_RESOLVERS = [AuditResolver];

/** The audit log's read side (`auditEvents`); writing is `recordAudit` inside each action's transaction. */
@Module({
  imports: [TypeOrmModule.forFeature([AuditEventEntity])],
  providers: [AuditService, AuditEventRepository, ...AUDIT_RESOLVERS],
})
export class AuditModule {}
