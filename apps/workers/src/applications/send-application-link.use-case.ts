import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { HEARTH_CONFIG, type HearthConfig } from '@app/config';
import { APPLICATION_LINK_TEMPLATE, applicationLinkIdempotencyKey, hashLinkToken, linkTokenFromBytes, type Clock } from '@app/domain';
import { NOTIFIER, type Notifier } from '@app/notify';
import { ApplicantFunnelRepository, ApplicationRepository, NotificationRepository, UnitOfWork } from '@app/persistence';
import { WORKER_CLOCK } from '../worker-clock';

/** Stages at which someone has, or may soon need, a link to their application (as the request page checks). */
const LINK_STAGES = new Set(['initial-visit', 'application-submitted', 'stage-1', 'stage-2', 'panel']);

export type LinkOutcome = 'sent' | 'already-sent' | 'not-applicable' | 'not-found';

/**
 * An applicant asked for a new link. The worker makes it (replacing earlier ones) and records the
 * message in one transaction, keyed by the request: a retried job finds the message already
 * recorded and stops, rather than replacing the link it already sent with one nobody has.
 */
@Injectable()
export class SendApplicationLinkUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly funnel: ApplicantFunnelRepository,
    private readonly applications: ApplicationRepository,
    private readonly notifications: NotificationRepository,
    @Inject(NOTIFIER) private readonly notifier: Notifier,
    @Inject(WORKER_CLOCK) private readonly clock: Clock,
    @Inject(HEARTH_CONFIG) private readonly config: HearthConfig,
  ) {}

  execute(enquiryId: string, requestId: string): Promise<LinkOutcome> {
    const idempotencyKey = applicationLinkIdempotencyKey(enquiryId, requestId);
    return this.unitOfWork.run(async (em) => {
      const enquiry = await this.funnel.findForUpdate(em, null, enquiryId);
      if (!enquiry) return 'not-found';
      if (await this.notifications.exists(em, idempotencyKey)) return 'already-sent';
      if (!LINK_STAGES.has(enquiry.status)) return 'not-applicable';
      const token = linkTokenFromBytes(randomBytes(32));
      const expiresAt = new Date(this.clock.now().getTime() + this.config.applicationLinkDays * 86_400_000);
      await this.applications.replaceLink(em, enquiryId, hashLinkToken(token), 'workers', expiresAt);
      await this.notifications.record(em, [{
        idempotencyKey, channel: 'email', template: APPLICATION_LINK_TEMPLATE, recipientKind: 'applicant', recipientId: enquiryId,
        address: enquiry.email, delivery: this.notifier.initialDelivery,
        personalisation: {
          first_name: enquiry.firstName, reference: enquiry.reference,
          link: `${this.config.publicBaseUrl.replace(/\/$/, '')}/apply/${token}`, expires_on: expiresAt.toISOString().slice(0, 10),
        },
      }]);
      return 'sent';
    });
  }
}
