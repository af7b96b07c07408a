@title Minutes Trust 14 October 2014
@font Helvetica
@fontsize 10.5
@footer Gorsemere Recreation Ground Charitable Trust (Registered Charity No. 304418) || Page {page}
HC Minutes of the Ordinary Meeting of Gorsemere Parish Councilas Sole Trustee of Gorsemere Recreation Ground Charitable Trust
C held on Tuesday 14th October 2014 at 8.00pm
S 6
P <b>Committee:</b>Cllrs Mrs Ockwell (Chairman), Brierley (Vice-Chairman), Mrs Dacombe, Mrs Stroud, Kinnersley, Pargeter, Mrs Yelland and Vokins
P <b>Present:</b>Cllrs Mrs Ockwell, Brierley, Mrs Dacombe, Kinnersley, Pargeter and Vokins
P <b>Absent:</b>Cllr Mrs Stroud (apologies received after the Meeting)
P <b>Also present:</b>Mrs Jill Aske (Clerk), one member of the public
H <u>Minutes</u>
P <b>612.APOLOGIES FOR ABSENCE:</b>CllrMrs Yelland
P <b>613.DECLARATIONS OF INTEREST:</b> Cllr Pargeter – member of Gorsemere Bowls Club (item 616a)
P <b>614.MINUTES OF THE MEETINGS HELD ON:</b>
P Approved – 8th July
P Approved - 9th September 2014: subject to the following correction –
P #609 – the bowls green is to be fed, not treated with weedkiller
P <b>615.UPDATE ON ACTIONS AND CLERKS REPORT:</b>
P Actions from the 8th July meeting have been completed.
P Two actions from 9th September are outstanding (fencing quote, tree survey).
P Litter on the car park verge has been reported to the district council twice. The Clerk said that the bin by the gate was too small and overflowed at weekends.
P Clerk to order two larger bins for the car park&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;ACTION
P Clerk to chase the tree surgeon for the survey of the horse chestnuts&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;ACTION
P <b>616.CHAIRMAN and REPRESENTATIVE REPORTS:</b>
P a. Bowls Club – Cllr Pargeter reported that the club would like to extend the green by two rinks on to the grass to the east. Cllr Kinnersley proposed that the request be considered when the club's lease is reviewed next year, this was seconded by Cllr Brierley.
P All agreed.
P Clerk to inform Bowls Club of decision&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;ACTION
P b. Football Club – The roof of the changing rooms is leaking over the away dressing room. The club has put a bucket under it for now.
P Clerk to obtain three quotes for repair&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;ACTION
P c. Pre-School – The Pre-School would like to hold a small bonfire and fireworks evening on the field on Saturday 8th November.
P Cllr Vokins proposed to allow the event subject to the Pre-School's insurers confirming cover and the fire being kept at least 30 metres from the pavilion, this was seconded by Cllr Mrs Dacombe.
P All agreed.
P d. Tennis Courts – Cllr Mrs Dacombe reported that the nets had been taken down for the winter.
P <b>617.PAVILION LEASE RENEWAL:</b>
P The Trust's solicitor has sent a draft of the new lease to the Bowls Club and the Football Club. The clubs have asked for the term to be 21 years rather than 15.
P Cllr Brierley proposed that a term of 21 years be offered, with a rent review every five years. Seconded by Cllr Kinnersley.
P Carried – 5 for, 1 against.
P Clerk to instruct solicitor&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;ACTION
P <b>618.FINANCE:</b>
P Payments totalling £1,246.50 were approved (schedule attached). Balance at 30th September: £8,912.07.
P <b>619.CHARITY COMMISSION ANNUAL RETURN:</b>
P The Clerk confirmed that the annual return for 2013/14 was filed on 2nd October.
P <b>620.DATE OF NEXT MEETING:</b> Tuesday 13th January 2015 at 8.00pm
S 10
P Meeting closed at 9.12pm
S 14
P Signed ……………………………………… Chairman &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; Date ………………………
