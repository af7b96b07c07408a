@title Chiddenwold Parish Council minutes 23 April 2008
@font Times-Roman
@fontsize 11
@header Chiddenwold Parish Council – Minutes 23 April 2008 || {page}
@header_first 
HC CHIDDENWOLD PARISH COUNCIL
HC MINUTES OF THE PARISH COUNCIL MEETING
HC HELD ON THE 23rd APRIL, 2008
P PRESENT: Mrs H. Fairbrass (in the Chair), Mr K. Roffey, Mr T. Godden, Mrs A. Sellens, Mrs P. Wickenden and Mr. L Hoad
P In attendance were District Councillor Mrs Stace, the clerk (Mr N. Ashby) and four members of the public.
P 1. APOLOGIES FOR ABSENCE – Mr S. Dunk and County Councillor Pettit.
P 2. DECLARATION OF INTEREST – Mrs Sellens, item 5(2), as a member of the Bowls Club.
P 3. MINUTES OF THE MEETING HELD ON 26th March, 2008 – the Minutes were accepted as an accurate record and were so acknowledged by the signature of the Chairman.
P 4. MATTERS ARISING
P <b>(1) Village Shop Lease</b>
P The clerk advised that the landlord had agreed the rent review at £2,400 a year. It was agreed that the Chairman and the clerk sign the renewal on the Council's behalf.
P <b>(2) Churchyard Yews</b>
P Mr Godden reported that the tree surgeon's report had been received. Members noted the report.
P 5. RECREATION GROUND
P <b>(1) Play Equipment Inspection</b>
P The annual inspection had found the rope swing worn. Mr Hoad proposed that it be replaced at a cost of £640, seconded by Mrs Wickenden. The proposal was carried unanimously.
P <b>(2) Bowls Club Request</b>
P Mrs Sellens left the room. The club's request to fence the green was discussed. Mr Roffey proposed that permission be refused; this was seconded by Mr Godden. On a vote, 2 were in favour and 3 against, and the proposal was lost. It was then resolved to grant permission subject to a gate being left for public access. Mrs Sellens returned.
P 6. PLANNING
P SE/08/00612 Hollow Lane Farm – new barn. The Council resolved to raise no objection.
P SE/08/00655 2 Weald Cottages – dormer window. The Council resolved to object as overlooking.
P 7. ANNUAL PARISH MEETING
P Mrs Fairbrass confirmed the Annual Parish Meeting will be held on 14th May, 2008, and asked members to bring reports.
P 8. DATE OF NEXT MEETING – 28th May, 2008 at 7.45pm in the Village Hall.
