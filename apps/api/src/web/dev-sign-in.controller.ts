import { Body, Controller, Get, HttpCode, NotFoundException, Post } from '@nestjs/common';
import { DemoUserRepository, DemoUserRow } from '@wsp/directory';
import { Public, TokenVerifier } from '@wsp/platform';
import { IsEmail } from 'class-validator';

class DevSignInBody {
  @IsEmail()
  email!: string;
}

/** A demo session lasts a working day. */
const DEMO_TOKEN_LIFETIME = '8h';

/**
 * One-click sign-in as a demo user, for the web app in development. The module that holds this controller is
 * imported only while the development token issuer is on, which configuration refuses in production: there these
 * routes do not exist (404).
 */
@Controller('dev')
export class DevSignInController {
  constructor(
    private readonly tokens: TokenVerifier,
    private readonly demoUsers: DemoUserRepository,
  ) {}

  @Public()
  @Get('demo-users')
  list(): Promise<DemoUserRow[]> {
    return this.demoUsers.listActive();
  }

  @Public()
  @Post('sign-in')
  @HttpCode(200)
  async signIn(@Body() body: DevSignInBody): Promise<{ token: string }> {
    const subject = await this.demoUsers.findActiveSubject(body.email);
    if (!subject) throw new NotFoundException('No such demo user');
    return { token: await this.tokens.developmentIssuer!.sign(subject, {}, DEMO_TOKEN_LIFETIME) };
  }
}
