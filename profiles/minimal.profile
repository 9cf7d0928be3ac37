# The documented minimum of a lead (the core's own rule): first name and mobile phone.
firstName
mobilePhone
