import { z } from 'zod';

/** An email address in any argument or input of the API (one definition; inputs add `.max(256)`). */
export const EmailSchema = z.email({ message: 'must be a valid email address' });
