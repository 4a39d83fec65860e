import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Actor, assertNoPii, DomainError, IdempotencyKeys, versionedUpdate } from '@wsp/platform';
import { Repository } from 'typeorm';
import { AddContactInput, UpdateContactInput } from './dto/employer.inputs';
import { EmployerContactEntity } from './entities/employer-contact.entity';
import { EmployerBookRepository } from './employer-book.repository';
import { EmployerService } from './employer.service';

/** The operation an idempotency key of this create is recorded under. */
const ADD_CONTACT = 'addEmployerContact';

const CONTACT = 'Contact';

/** Business contacts at employers; whoever may change the employer may change its contacts. */
@Injectable()
export class EmployerContactService {
  constructor(
    @InjectRepository(EmployerContactEntity) private readonly contacts: Repository<EmployerContactEntity>,
    private readonly employers: EmployerService,
    private readonly idempotency: IdempotencyKeys,
    private readonly book: EmployerBookRepository,
  ) {}

  /** A retry with the same `idempotencyKey` returns the contact the first request added, and adds none. */
  async add(actor: Actor, input: AddContactInput, idempotencyKey?: string): Promise<EmployerContactEntity> {
    assertNoPii({ 'input.role': input.role });
    await this.employers.getForUpdate(actor, input.employerId);
    return this.idempotency.createOnce(
      actor,
      idempotencyKey,
      ADD_CONTACT,
      () => this.book.addContact({ ...input, email: input.email?.toLowerCase() }),
      (id) => this.contacts.findOneByOrFail({ id }),
    );
  }

  async update(actor: Actor, input: UpdateContactInput): Promise<EmployerContactEntity> {
    assertNoPii({ 'input.role': input.role });
    const contact = await this.findWritable(actor, input.id);
    const { id: _id, version, ...changes } = input;
    const defined = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
    return versionedUpdate(this.contacts, CONTACT, contact.id, version, defined);
  }

  async remove(actor: Actor, id: string): Promise<boolean> {
    const contact = await this.findWritable(actor, id);
    await this.contacts.delete({ id: contact.id });
    return true;
  }

  /** The contacts of an account by name, read with the request's other relations of accounts. */
  ofEmployer(request: object, employerId: string): Promise<EmployerContactEntity[]> {
    return this.book.relationOf(request, this.book.relations.contacts, employerId);
  }

  private async findWritable(actor: Actor, id: string): Promise<EmployerContactEntity> {
    const contact = await this.contacts.findOneBy({ id });
    if (!contact) throw DomainError.notFound(CONTACT);
    try {
      await this.employers.getForUpdate(actor, contact.employerId);
    } catch (error) {
      // A contact of another region's employer is as unknown as the employer.
      if (error instanceof DomainError && error.code === 'NOT_FOUND') throw DomainError.notFound(CONTACT);
      throw error;
    }
    return contact;
  }
}
